import { type Role, roleScopeKind, roles } from '@thidua/domain';
import { refuse } from './errors';
import type { Actor, CycleState, UnitState } from './types';

/** Roles allowed per kind of step; kept together so the matrix reads in one place. */
export const allowed = {
  blocLead: ['blocHead', 'secretariat'],
  blocHead: ['blocHead'],
  reviewers: ['blocHead', 'blocDeputy'],
  unitHead: ['unitHead'],
  unitStaff: ['unitHead', 'unitOfficer'],
  deadlines: ['secretariat', 'admin'],
  chair: ['blocHead'],
  attendance: ['blocHead', 'secretariat'],
  committee: ['committeeReviewer', 'secretariat'],
  closing: ['blocHead', 'secretariat'],
} as const satisfies Record<string, readonly Role[]>;

/**
 * Role and scope of the asserted actor. Unit roles act only for their own unit; bloc roles only in
 * their bloc; province roles only in their province (when the API states it).
 */
export function checkActor(
  state: CycleState,
  actor: Actor | undefined,
  roleList: readonly Role[],
  target: { unitId?: string | undefined } = {},
): void {
  if (!actor || typeof actor.userId !== 'string' || actor.userId.trim() === '') {
    refuse('INVALID_INPUT', 'Thiếu thông tin người thực hiện thao tác.');
  }
  if (!(roles as readonly string[]).includes(actor.role) || !roleList.includes(actor.role)) {
    refuse('FORBIDDEN_ROLE', undefined, { role: actor.role, allowed: [...roleList] });
  }
  switch (roleScopeKind[actor.role]) {
    case 'unit':
      if (!actor.unitId || (target.unitId !== undefined && actor.unitId !== target.unitId)) {
        refuse('OUT_OF_SCOPE', undefined, { unitId: actor.unitId, target: target.unitId });
      }
      if (!state.units.some((u) => u.id === actor.unitId)) refuse('NOT_A_MEMBER');
      break;
    case 'bloc':
      if (actor.blocId !== state.input.blocId) {
        refuse('OUT_OF_SCOPE', undefined, { blocId: actor.blocId, target: state.input.blocId });
      }
      break;
    case 'province':
      if (actor.provinceId !== undefined && actor.provinceId !== state.input.provinceId) {
        refuse('OUT_OF_SCOPE', undefined, { provinceId: actor.provinceId, target: state.input.provinceId });
      }
      break;
    case 'global':
      break;
  }
}

export function unitOf(state: CycleState, unitId: unknown): UnitState {
  const unit = typeof unitId === 'string' ? state.units.find((u) => u.id === unitId) : undefined;
  if (!unit) refuse('NOT_A_MEMBER', undefined, { unitId });
  return unit;
}

export function requireText(value: unknown, what: string): string {
  if (typeof value !== 'string' || value.trim() === '') refuse('INVALID_INPUT', `Phải nhập ${what}.`);
  return value.trim().normalize('NFC');
}

export function requireInstant(value: unknown, what: string): number {
  const ms = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  if (!Number.isFinite(ms)) refuse('INVALID_INPUT', `${what} không phải là thời điểm hợp lệ (ISO 8601).`);
  return ms;
}
