import { isMultipleOf } from './points';
import type { ScoreSheet } from './sheet';
import type { ScoringTemplate } from './template';

/**
 * A self-assessment exactly as the unit typed it ("7,5", a long explanation), field by field. It is
 * kept as the unit's draft even when some entries are not valid yet, so nothing typed is ever lost;
 * the valid part is the score sheet (`sheetFromTyped`), and the sign-off refuses while any entry is
 * invalid (`typedSheetIssues`).
 */
export interface TypedSheet {
  scores: Record<string, string>;
  notes: Record<string, string>;
  bonuses: Record<string, string>;
  penalties: Record<string, string>;
}

/** The longest explanation a criterion's score may carry. */
export const SELF_NOTE_MAX_CHARS = 2000;

/** What is wrong with one typed entry. */
export type TypedProblem =
  | { kind: 'notANumber' }
  | { kind: 'negative' }
  | { kind: 'tooHigh'; max: number }
  | { kind: 'badStep'; step: number }
  | { kind: 'tooLong'; max: number };

export interface TypedIssue {
  field: keyof TypedSheet;
  /** The criterion, bonus or penalty item. */
  id: string;
  problem: TypedProblem;
}

/** Parses "7,25" or "7.25" as typed by a Vietnamese user; NaN when it is not a number. */
export function parseTypedDecimal(text: string): number {
  const normalized = text.trim().replace(/\s/g, '').replace(',', '.');
  return normalized === '' || !/^[+-]?(\d+\.?\d*|\.\d+)$/.test(normalized) ? Number.NaN : Number(normalized);
}

/** The problem of typed points (up to `max`, in `step`s), or undefined when empty or valid. */
export function pointsProblem(raw: string | undefined, max: number, step: number): TypedProblem | undefined {
  if (!raw?.trim()) return undefined;
  const value = parseTypedDecimal(raw);
  if (Number.isNaN(value)) return { kind: 'notANumber' };
  if (value < 0) return { kind: 'negative' };
  if (value > max) return { kind: 'tooHigh', max };
  if (!isMultipleOf(value, step)) return { kind: 'badStep', step };
  return undefined;
}

/** The problem of a typed count (a whole number up to `maxCount`), or undefined when empty or valid. */
export function countProblem(raw: string | undefined, maxCount?: number): TypedProblem | undefined {
  if (!raw?.trim()) return undefined;
  if (!/^\d+$/.test(raw.trim())) return { kind: 'notANumber' };
  if (maxCount !== undefined && Number(raw.trim()) > maxCount) return { kind: 'tooHigh', max: maxCount };
  return undefined;
}

export function noteProblem(raw: string | undefined): TypedProblem | undefined {
  return raw !== undefined && raw.trim().length > SELF_NOTE_MAX_CHARS
    ? { kind: 'tooLong', max: SELF_NOTE_MAX_CHARS }
    : undefined;
}

/** Every invalid entry of a typed sheet, in the template's order. */
export function typedSheetIssues(template: ScoringTemplate, typed: TypedSheet): TypedIssue[] {
  const issues: TypedIssue[] = [];
  const add = (field: keyof TypedSheet, id: string, problem: TypedProblem | undefined) => {
    if (problem) issues.push({ field, id, problem });
  };
  for (const c of template.groups.flatMap((g) => g.criteria)) {
    add('scores', c.id, pointsProblem(typed.scores[c.id], c.maxPoints, template.scoreStep));
    add('notes', c.id, noteProblem(typed.notes[c.id]));
  }
  for (const b of template.bonus.items)
    add('bonuses', b.id, pointsProblem(typed.bonuses[b.id], b.maxPoints, template.scoreStep));
  for (const p of template.penalties) add('penalties', p.id, countProblem(typed.penalties[p.id], p.maxCount));
  return issues;
}

/**
 * The valid part of a typed sheet, as the score sheet holds it: a criterion with a valid score (and
 * its explanation when that fits), bonuses above zero, penalties typed. Invalid entries stay typed only.
 */
export function sheetFromTyped(template: ScoringTemplate, typed: TypedSheet, unitId: string): ScoreSheet {
  const sheet: Required<Pick<ScoreSheet, 'criteria' | 'bonuses' | 'penalties'>> & { unitId: string } = {
    unitId,
    criteria: [],
    bonuses: [],
    penalties: [],
  };
  const step = template.scoreStep;
  for (const c of template.groups.flatMap((g) => g.criteria)) {
    const raw = typed.scores[c.id];
    if (!raw?.trim() || pointsProblem(raw, c.maxPoints, step)) continue;
    const note = typed.notes[c.id]?.trim();
    sheet.criteria.push({
      criterionId: c.id,
      selfScore: parseTypedDecimal(raw),
      ...(note && !noteProblem(note) ? { selfNote: note } : {}),
    });
  }
  for (const b of template.bonus.items) {
    const raw = typed.bonuses[b.id];
    if (!raw?.trim() || pointsProblem(raw, b.maxPoints, step)) continue;
    const points = parseTypedDecimal(raw);
    if (points > 0) sheet.bonuses.push({ itemId: b.id, selfPoints: points });
  }
  for (const p of template.penalties) {
    const raw = typed.penalties[p.id];
    if (raw?.trim() && !countProblem(raw, p.maxCount))
      sheet.penalties.push({ itemId: p.id, selfCount: Number(raw.trim()) });
  }
  return sheet;
}
