import {
  countProblem,
  pointsProblem,
  type ScoreSheet,
  type ScoringTemplate,
  sheetFromTyped,
  type TypedProblem,
  type TypedSheet,
  typedSheetIssues,
} from '@thidua/domain';
import { t } from '../../i18n';
import { formatNumber } from '../../lib/format';
import type { DraftInput, SelfAssessmentView } from './contract';

/**
 * What the person typed, as typed ("7,5"), so nothing is lost or reformatted while they edit. The
 * server keeps it whole as the draft, invalid entries included.
 */
export type SheetForm = TypedSheet;

const text = (value: number | undefined) =>
  value === undefined ? '' : formatNumber(value).replace(/\./g, '');

/** The form of a stored sheet: the typed draft when there is one, else the sheet's values. */
export function formFromView(view: Pick<SelfAssessmentView, 'sheet' | 'typed'>): SheetForm {
  const { sheet, typed } = view;
  const stored: SheetForm = {
    scores: Object.fromEntries(sheet.criteria.map((c) => [c.criterionId, text(c.selfScore)])),
    notes: Object.fromEntries(sheet.criteria.map((c) => [c.criterionId, c.selfNote ?? ''])),
    bonuses: Object.fromEntries((sheet.bonuses ?? []).map((b) => [b.itemId, text(b.selfPoints)])),
    penalties: Object.fromEntries((sheet.penalties ?? []).map((p) => [p.itemId, String(p.selfCount)])),
  };
  return typed ?? stored;
}

/** A typed entry's problem in Vietnamese. */
export function problemMessage(problem: TypedProblem): string {
  switch (problem.kind) {
    case 'notANumber':
      return t.selfAssessment.notANumber;
    case 'negative':
      return t.selfAssessment.negative;
    case 'tooHigh':
      return t.selfAssessment.tooHigh(formatNumber(problem.max));
    case 'badStep':
      return t.selfAssessment.badStep(formatNumber(problem.step));
    case 'tooLong':
      return t.selfAssessment.tooLong(formatNumber(problem.max));
  }
}

const message = (problem: TypedProblem | undefined) => (problem ? problemMessage(problem) : undefined);

/** The message for typed points, or undefined when empty or valid. */
export const pointsError = (raw: string | undefined, max: number, step: number) =>
  message(pointsProblem(raw, max, step));

export const countError = (raw: string | undefined, maxCount?: number) =>
  message(countProblem(raw, maxCount));

/** What the draft save sends: the whole form as typed (the server derives the valid sheet). */
export function draftInput(form: SheetForm, ids: { cycleId: string; unitId: string }): DraftInput {
  return { ...ids, typed: form };
}

/** The valid part of the form, on which the live totals are computed (the domain's own scoring). */
export function validSheet(form: SheetForm, template: ScoringTemplate, unitId: string): ScoreSheet {
  return sheetFromTyped(template, form, unitId);
}

/** How many entries of the form are not valid yet (they are kept, marked, and block the sign-off). */
export const invalidCount = (form: SheetForm, template: ScoringTemplate) =>
  typedSheetIssues(template, form).length;
