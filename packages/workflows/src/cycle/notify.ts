import type { NotificationSpec, Recipient } from '@thidua/activities/contract';
import type { Role } from '@thidua/domain';
import type { CycleState } from './types';

export const toUnit = (role: Role, unitId: string): Recipient => ({
  role,
  scopeKind: 'unit',
  scopeId: unitId,
});
export const toBloc = (state: CycleState, role: Role = 'blocHead'): Recipient => ({
  role,
  scopeKind: 'bloc',
  scopeId: state.input.blocId,
});
export const toProvince = (state: CycleState, role: Role = 'secretariat'): Recipient => ({
  role,
  scopeKind: 'province',
  scopeId: state.input.provinceId,
});

/** The unit's head and its emulation officer both get unit notices. */
export function unitNotices(
  state: CycleState,
  unitId: string,
  kind: string,
  key: string,
  payload: Record<string, unknown>,
): NotificationSpec[] {
  return (['unitHead', 'unitOfficer'] as const).map((role) => ({
    kind,
    to: toUnit(role, unitId),
    dedupeKey: `${state.cycleId}:${kind}:${key}:${role}`,
    payload: { cycleId: state.cycleId, unitId, ...payload },
  }));
}

export function notice(
  state: CycleState,
  to: Recipient,
  kind: string,
  key: string,
  payload: Record<string, unknown>,
): NotificationSpec {
  const who = 'userId' in to ? to.userId : `${to.role}:${to.scopeId ?? '*'}`;
  return {
    kind,
    to,
    dedupeKey: `${state.cycleId}:${kind}:${key}:${who}`,
    payload: { cycleId: state.cycleId, ...payload },
  };
}
