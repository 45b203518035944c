import { isMultipleOf, type ScoreSheet, type ScoringTemplate } from '@thidua/domain';
import { t } from '../../i18n';
import { formatNumber, parseDecimal } from '../../lib/format';
import type { DraftInput } from './contract';

/** What the person typed, as typed ("7,5"), so nothing is lost or reformatted while they edit. */
export interface SheetForm {
  scores: Record<string, string>;
  notes: Record<string, string>;
  bonuses: Record<string, string>;
  penalties: Record<string, string>;
}

const text = (value: number | undefined) =>
  value === undefined ? '' : formatNumber(value).replace(/\./g, '');

export function formFromSheet(sheet: ScoreSheet): SheetForm {
  return {
    scores: Object.fromEntries(sheet.criteria.map((c) => [c.criterionId, text(c.selfScore)])),
    notes: Object.fromEntries(sheet.criteria.map((c) => [c.criterionId, c.selfNote ?? ''])),
    bonuses: Object.fromEntries((sheet.bonuses ?? []).map((b) => [b.itemId, text(b.selfPoints)])),
    penalties: Object.fromEntries((sheet.penalties ?? []).map((p) => [p.itemId, String(p.selfCount)])),
  };
}

/** The message for a typed score, or undefined when it is empty or valid. */
export function pointsError(raw: string | undefined, max: number, step: number): string | undefined {
  if (!raw?.trim()) return undefined;
  const value = parseDecimal(raw);
  if (Number.isNaN(value)) return t.selfAssessment.notANumber;
  if (value < 0) return t.selfAssessment.negative;
  if (value > max) return t.selfAssessment.tooHigh(formatNumber(max));
  if (!isMultipleOf(value, step)) return t.selfAssessment.badStep(formatNumber(step));
  return undefined;
}

export function countError(raw: string | undefined, maxCount?: number): string | undefined {
  if (!raw?.trim()) return undefined;
  const value = Number(raw.trim());
  if (!Number.isInteger(value) || value < 0) return t.selfAssessment.notANumber;
  if (maxCount !== undefined && value > maxCount) return t.selfAssessment.tooHigh(String(maxCount));
  return undefined;
}

const valid = (raw: string | undefined, max: number, step: number) =>
  raw?.trim() && !pointsError(raw, max, step) ? parseDecimal(raw) : undefined;

/** The valid part of the form as the API takes it; invalid fields stay on screen with their message. */
export function draftInput(
  form: SheetForm,
  template: ScoringTemplate,
  ids: { cycleId: string; unitId: string },
) {
  const input: DraftInput = { ...ids, criteria: [], bonuses: [], penalties: [] };
  for (const c of template.groups.flatMap((g) => g.criteria)) {
    const score = valid(form.scores[c.id], c.maxPoints, template.scoreStep);
    if (score === undefined) continue;
    const note = form.notes[c.id]?.trim();
    input.criteria.push({ criterionId: c.id, selfScore: score, ...(note ? { selfNote: note } : {}) });
  }
  for (const b of template.bonus.items) {
    const points = valid(form.bonuses[b.id], b.maxPoints, template.scoreStep);
    if (points !== undefined && points > 0) input.bonuses?.push({ itemId: b.id, selfPoints: points });
  }
  for (const p of template.penalties) {
    const raw = form.penalties[p.id];
    if (raw?.trim() && !countError(raw, p.maxCount))
      input.penalties?.push({ itemId: p.id, selfCount: Number(raw) });
  }
  return input;
}

/** The sheet the live totals are computed on (the domain's own scoring). */
export function sheetOf(input: DraftInput): ScoreSheet {
  return {
    unitId: input.unitId,
    criteria: input.criteria,
    bonuses: input.bonuses,
    penalties: input.penalties,
  };
}
