import type { AttachedFile } from '@thidua/activities/contract';
import { roles, type StepName, stepRefusal } from '@thidua/domain';
import { refuse } from './errors';
import type { Actor, CycleState, UnitState } from './types';

/**
 * The step registry's role, scope and phase checks against the workflow's own state: the same
 * function the API uses to offer a step on screen (`allowedActions`).
 */
export function checkAccess(
  state: CycleState,
  step: StepName,
  actor: Actor | undefined,
  target: { unitId?: string | undefined } = {},
): void {
  if (!actor || typeof actor.userId !== 'string' || actor.userId.trim() === '') {
    refuse('INVALID_INPUT', 'Thiếu thông tin người thực hiện thao tác.');
  }
  if (!(roles as readonly string[]).includes(actor.role)) {
    refuse('FORBIDDEN_ROLE', undefined, { role: actor.role });
  }
  const refusal = stepRefusal(
    step,
    actor,
    {
      phase: state.phase,
      blocId: state.input.blocId,
      provinceId: state.input.provinceId,
      memberUnitIds: state.units.map((u) => u.id),
    },
    target,
  );
  if (refusal) refuse(refusal.code, undefined, refusal.details);
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

/** A file the API checked was uploaded for this step (its id and name), or none. */
export function attachedFile(file: unknown): AttachedFile | undefined {
  if (file === undefined || file === null) return undefined;
  const f = file as Partial<AttachedFile>;
  if (typeof f.fileId !== 'string' || typeof f.fileName !== 'string' || f.fileName.trim() === '') {
    refuse('INVALID_INPUT', 'Tệp đính kèm không hợp lệ: hãy tải tệp lên trước rồi ghi nhận.');
  }
  return { fileId: f.fileId, fileName: f.fileName };
}
