import { DomainError, throwFirst } from '../errors';
import { formatDecimal } from '../format/numbers';
import { allCriteria, isMultipleOf } from './points';
import { type ScoreSheet, scoreSheetSchema } from './sheet';
import type { ScoringTemplate } from './template';

export interface ValidateScoresOptions {
  /** Every criterion must have a score (at submission; drafts may be partial). */
  requireComplete?: boolean;
}

const num = (v: number) => formatDecimal(v);

/** Checks one number against [0, max] and the step; `what` names the item in Vietnamese. */
function checkValue(
  value: number | undefined,
  max: number,
  step: number,
  what: string,
  id: string,
  side: string,
): DomainError[] {
  if (value === undefined) return [];
  if (!Number.isFinite(value) || value < 0 || value > max) {
    const shown = Number.isFinite(value) ? num(value) : String(value);
    return [
      new DomainError(
        'SCORE_OUT_OF_RANGE',
        `${side} của ${what} phải từ 0 đến ${num(max)} điểm (đã nhập: ${shown}).`,
        { id, value, min: 0, max, side },
      ),
    ];
  }
  if (!isMultipleOf(value, step)) {
    return [
      new DomainError(
        'SCORE_STEP_INVALID',
        `${side} của ${what} phải chấm theo bước ${num(step)} điểm (đã nhập: ${num(value)}).`,
        { id, value, step, side },
      ),
    ];
  }
  return [];
}

function needReason(
  self: number,
  reviewed: number | undefined,
  reason: string | undefined,
  what: string,
  id: string,
) {
  if (reviewed === undefined || reviewed === self || (reason ?? '').trim() !== '') return [];
  return [
    new DomainError(
      'REVIEW_REASON_REQUIRED',
      `Điểm thẩm định của ${what} (${num(reviewed)}) khác điểm tự chấm (${num(self)}): phải ghi rõ lý do.`,
      { id, selfScore: self, reviewedScore: reviewed },
    ),
  ];
}

function unknown(kind: string, id: string): DomainError {
  return new DomainError('UNKNOWN_CRITERION', `${kind} "${id}" không có trong bảng tiêu chí chấm điểm.`, {
    id,
  });
}

function duplicate(kind: string, id: string): DomainError {
  return new DomainError('DUPLICATE_SCORE_ENTRY', `${kind} "${id}" được chấm nhiều lần.`, { id });
}

/** Finds each line's template entry: an unknown id, or an entry scored twice, is an issue. */
function entryFinder<E extends { id: string }>(
  entries: readonly E[],
  kind: string,
  nameOf: (entry: E) => string,
  issues: DomainError[],
) {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const seen = new Set<string>();
  const find = (id: string): E | undefined => {
    const entry = byId.get(id);
    if (!entry) {
      issues.push(unknown(kind, id));
      return undefined;
    }
    if (seen.has(entry.id)) issues.push(duplicate(kind, nameOf(entry)));
    seen.add(entry.id);
    return entry;
  };
  return { find, seen };
}

/** Every problem in a sheet, in template order. An empty list means the sheet is valid. */
export function scoreIssues(
  template: ScoringTemplate,
  sheet: ScoreSheet,
  options: ValidateScoresOptions = {},
): DomainError[] {
  const shape = scoreSheetSchema.safeParse(sheet);
  if (!shape.success) {
    return [
      new DomainError('INVALID_INPUT', 'Bảng điểm không đúng cấu trúc.', { issues: shape.error.issues }),
    ];
  }
  const step = template.scoreStep;
  const issues: DomainError[] = [];
  const criteria = entryFinder(allCriteria(template), 'Tiêu chí', (c) => c.code, issues);
  for (const entry of sheet.criteria) {
    const c = criteria.find(entry.criterionId);
    if (!c) continue;
    const what = `tiêu chí ${c.code} "${c.title}"`;
    issues.push(...checkValue(entry.selfScore, c.maxPoints, step, what, c.id, 'Điểm tự chấm'));
    issues.push(...checkValue(entry.reviewedScore, c.maxPoints, step, what, c.id, 'Điểm thẩm định'));
    issues.push(...needReason(entry.selfScore, entry.reviewedScore, entry.reviewReason, what, c.id));
  }
  if (options.requireComplete) {
    const missing = allCriteria(template).filter((c) => !criteria.seen.has(c.id));
    if (missing.length > 0) {
      issues.push(
        new DomainError(
          'SCORES_INCOMPLETE',
          `Chưa chấm điểm các tiêu chí: ${missing.map((c) => c.code).join(', ')}.`,
          {
            missing: missing.map((c) => c.id),
          },
        ),
      );
    }
  }

  const bonuses = entryFinder(template.bonus.items, 'Nội dung điểm thưởng', (b) => b.title, issues);
  for (const b of sheet.bonuses ?? []) {
    const item = bonuses.find(b.itemId);
    if (!item) continue;
    const what = `điểm thưởng "${item.title}"`;
    issues.push(...checkValue(b.selfPoints, item.maxPoints, step, what, item.id, 'Điểm tự chấm'));
    issues.push(...checkValue(b.reviewedPoints, item.maxPoints, step, what, item.id, 'Điểm thẩm định'));
    issues.push(...needReason(b.selfPoints, b.reviewedPoints, b.reviewReason, what, item.id));
  }

  const penalties = entryFinder(template.penalties, 'Nội dung điểm trừ', (p) => p.title, issues);
  for (const p of sheet.penalties ?? []) {
    const item = penalties.find(p.itemId);
    if (!item) continue;
    const maxCount = item.maxCount ?? 1000;
    const what = `nội dung trừ điểm "${item.title}"`;
    for (const [count, side] of [
      [p.selfCount, 'Số lần tự kê khai'],
      [p.reviewedCount, 'Số lần thẩm định'],
    ] as const) {
      if (count !== undefined && (!Number.isInteger(count) || count < 0 || count > maxCount)) {
        issues.push(
          new DomainError(
            'SCORE_OUT_OF_RANGE',
            `${side} của ${what} phải là số nguyên từ 0 đến ${maxCount}.`,
            {
              id: item.id,
              value: count,
              min: 0,
              max: maxCount,
            },
          ),
        );
      }
    }
    issues.push(...needReason(p.selfCount, p.reviewedCount, p.reviewReason, what, item.id));
  }

  const disqualifiers = new Set(template.disqualifiers.map((d) => d.id));
  for (const id of sheet.disqualifierIds ?? []) {
    if (!disqualifiers.has(id)) issues.push(unknown('Điều kiện loại', id));
  }
  const late = sheet.lateReports ?? 0;
  if (!Number.isInteger(late) || late < 0) {
    issues.push(
      new DomainError('INVALID_INPUT', 'Số báo cáo nộp chậm phải là số nguyên không âm.', {
        lateReports: late,
      }),
    );
  }
  return issues;
}

/** Throws the first problem as a DomainError (all problems in `details.issues`). */
export function validateScores(
  template: ScoringTemplate,
  sheet: ScoreSheet,
  options?: ValidateScoresOptions,
): void {
  throwFirst(scoreIssues(template, sheet, options));
}
