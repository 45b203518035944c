/**
 * Bảng tổng hợp kết quả chấm chéo: per unit, each line the review changed, the unit's score beside
 * the reviewed one, every change with who made it, when and why, and the unit's answer. The record,
 * the spreadsheet and the review screen read the same rows.
 */
import { vietnamDate } from '../dates';
import { formatDateShort } from '../format/date-line';
import { formatDecimal } from '../format/numbers';
import { type Role, roleLabels } from '../org/roles';
import type { ReviewedItemKind, ReviewScoreChange } from './changes';
import { bonusValue, criterionValue, penaltyCount, type ScoreSheet } from './sheet';
import type { ScoringTemplate } from './template';
import { type ScoringRules, totalScore } from './total';

/** A kept change of a reviewed value: whose, in which role, when (an instant). */
export interface ReviewHistoryEntry extends ReviewScoreChange {
  unitId: string;
  by: string | null;
  byRole: Role | null;
  at: string;
}

/** The unit's answer to its review. */
export interface ReviewReply {
  unitId: string;
  body: string;
  by: string;
  at: string;
}

export interface CrossReviewLine {
  kind: ReviewedItemKind;
  itemId: string;
  /** The criterion's code; bonus and penalty items are "ĐT1…", "ĐTr1…" in the table's order. */
  code: string;
  title: string;
  self: number;
  reviewed: number;
  changes: ReviewHistoryEntry[];
}

export interface CrossReviewUnit {
  unitId: string;
  selfTotal: number;
  reviewedTotal: number;
  lines: CrossReviewLine[];
  reply: ReviewReply | null;
}

interface Item {
  kind: ReviewedItemKind;
  id: string;
  code: string;
  title: string;
  values: (sheet: ScoreSheet) => { self: number; reviewed: number } | undefined;
}

function itemsOf(template: ScoringTemplate): Item[] {
  return [
    ...template.groups.flatMap((g) =>
      g.criteria.map(
        (c): Item => ({
          kind: 'criterion',
          id: c.id,
          code: c.code,
          title: c.title,
          values: (s) => {
            const row = s.criteria.find((x) => x.criterionId === c.id);
            return row && { self: row.selfScore, reviewed: criterionValue(row, 'reviewed') };
          },
        }),
      ),
    ),
    ...template.bonus.items.map(
      (b, i): Item => ({
        kind: 'bonus',
        id: b.id,
        code: `ĐT${i + 1}`,
        title: b.title,
        values: (s) => {
          const row = (s.bonuses ?? []).find((x) => x.itemId === b.id);
          return row && { self: row.selfPoints, reviewed: bonusValue(row, 'reviewed') };
        },
      }),
    ),
    ...template.penalties.map(
      (p, i): Item => ({
        kind: 'penalty',
        id: p.id,
        code: `ĐTr${i + 1}`,
        title: p.title,
        values: (s) => {
          const row = (s.penalties ?? []).find((x) => x.itemId === p.id);
          return row && { self: row.selfCount, reviewed: penaltyCount(row, 'reviewed') };
        },
      }),
    ),
  ];
}

/** The summary of each given sheet, in the order given: the lines the review changed or touched. */
export function crossReviewSummary(
  template: ScoringTemplate,
  rules: ScoringRules,
  sheets: readonly ScoreSheet[],
  history: { changes: readonly ReviewHistoryEntry[]; replies: readonly ReviewReply[] },
): CrossReviewUnit[] {
  const items = itemsOf(template);
  return sheets.map((sheet) => {
    const mine = history.changes.filter((c) => c.unitId === sheet.unitId);
    const lines = items.flatMap((item): CrossReviewLine[] => {
      const values = item.values(sheet);
      const changes = mine.filter((c) => c.kind === item.kind && c.itemId === item.id);
      if (!values || (values.self === values.reviewed && changes.length === 0)) return [];
      return [{ kind: item.kind, itemId: item.id, code: item.code, title: item.title, ...values, changes }];
    });
    return {
      unitId: sheet.unitId,
      selfTotal: totalScore(template, sheet, 'self', rules),
      reviewedTotal: totalScore(template, sheet, 'reviewed', rules),
      lines,
      reply: history.replies.find((r) => r.unitId === sheet.unitId) ?? null,
    };
  });
}

const score = (n: number) => formatDecimal(n);

/** "10 → 7 (Phó Khối Nguyễn Văn A, 05/12/2024): thiếu minh chứng" */
export function reviewChangeText(change: ReviewHistoryEntry): string {
  const who = [change.byRole ? roleLabels[change.byRole] : null, change.by].filter(Boolean).join(' ');
  const when = formatDateShort(vietnamDate(change.at));
  const head = `${score(change.before)} → ${score(change.after)} (${who ? `${who}, ` : ''}${when})`;
  return change.reason ? `${head}: ${change.reason}` : head;
}
