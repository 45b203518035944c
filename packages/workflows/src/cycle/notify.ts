import type { NotificationSpec, Recipient } from '@thidua/activities/contract';
import { type AwardKind, type Role, voteKindLabels } from '@thidua/domain';
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

/**
 * A notice for the whole bloc: every member unit's head and emulation officer, and the bloc's head
 * and deputy of the year.
 */
export function blocWideNotices(
  state: CycleState,
  kind: string,
  key: string,
  payload: Record<string, unknown>,
): NotificationSpec[] {
  const units = state.units.flatMap((u) =>
    (['unitHead', 'unitOfficer'] as const).map((role) => toUnit(role, u.id)),
  );
  const bloc = (['blocHead', 'blocDeputy'] as const).map((role) => toBloc(state, role));
  return [...units, ...bloc].map((to) => notice(state, to, kind, key, payload));
}

/** A member unit's name, as the year's input gave it. */
export const unitName = (state: CycleState, unitId: string): string =>
  state.units.find((u) => u.id === unitId)?.name ?? unitId;

/** "Cờ thi đua của UBND tỉnh: Sở A; Bằng khen của Chủ tịch UBND tỉnh: Sở B, Sở C" (names, not ids). */
export function awardsText(
  state: CycleState,
  awards: readonly { unitId: string; award: AwardKind }[],
): string {
  const kinds = (['provincialFlag', 'certificateOfMerit'] as const).filter((k) =>
    awards.some((a) => a.award === k),
  );
  if (kinds.length === 0) return 'không có đơn vị được đề nghị khen thưởng';
  return kinds
    .map(
      (k) =>
        `${voteKindLabels[k]}: ${awards
          .filter((a) => a.award === k)
          .map((a) => unitName(state, a.unitId))
          .join(', ')}`,
    )
    .join('; ');
}
