import { DomainError, type Role, roles } from '@thidua/domain';
import type { Principal } from '../auth/principal';
import type { AllowedGrant } from './access';
import { allowedBeforePasswordChange, type MatrixEntry, matrix, type RoleRules } from './matrix';

export interface GateResult {
  principal: Principal | null;
  /** The caller's grants the matrix allows on this path, each with its scope rule. */
  grants: AllowedGrant[];
}

/** 'signedIn' paths act on the caller's own account only, so every role may use them. */
const everyone: RoleRules = Object.fromEntries(roles.map((r) => [r, 'any'])) as Record<Role, 'any'>;

function matrixEntry(path: string): MatrixEntry | undefined {
  return Object.hasOwn(matrix, path) ? matrix[path] : undefined;
}

/**
 * The role half of authorisation, before any input is read: a path missing from the matrix is
 * refused for everyone; the scope half runs once the input names its target (scope.ts).
 */
export function runGate(
  session: { state: 'none' | 'expired' | 'live'; principal: Principal | null },
  path: string,
  entry: MatrixEntry | undefined = matrixEntry(path),
): GateResult {
  if (entry === undefined) throw new DomainError('FORBIDDEN_ROLE', undefined, { path });
  if (entry === 'public') return { principal: session.principal, grants: [] };
  const principal = session.principal;
  if (!principal) throw new DomainError(session.state === 'expired' ? 'SESSION_EXPIRED' : 'UNAUTHENTICATED');
  if (principal.mustChangePassword && !allowedBeforePasswordChange.has(path)) {
    throw new DomainError('PASSWORD_CHANGE_REQUIRED');
  }
  const rules = entry === 'signedIn' ? everyone : entry;
  const grants = principal.grants.flatMap((g): AllowedGrant[] => {
    const rule = rules[g.role];
    return rule === '-' ? [] : [{ ...g, rule }];
  });
  if (entry !== 'signedIn' && grants.length === 0) throw new DomainError('FORBIDDEN_ROLE');
  return { principal, grants };
}
