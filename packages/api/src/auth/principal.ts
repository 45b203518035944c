import type { Role, ScopeKind } from '@thidua/domain';

/** A role the user holds, with the ids its scope reaches resolved once at sign-in time. */
export interface Grant {
  role: Role;
  scopeKind: ScopeKind;
  unitId?: string | undefined;
  blocId?: string | undefined;
  /** Set for unit, bloc and province grants (a unit's or bloc's own province). */
  provinceId?: string | undefined;
  /** Bloc roles rotate: limited to one year when set. */
  year?: number | undefined;
  /** Unit grants: the unit's bloc per year, for "own bloc" rules. */
  unitBlocs?: { blocId: string; year: number }[] | undefined;
}

/** The signed-in person as every procedure sees them. */
export interface Principal {
  userId: string;
  username: string;
  displayName: string;
  mustChangePassword: boolean;
  grants: Grant[];
  /** The session row (SHA-256 of the cookie token); null for in-process callers. */
  sessionId: string | null;
}
