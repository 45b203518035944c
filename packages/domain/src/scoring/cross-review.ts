/**
 * Bảng tổng hợp kết quả chấm chéo: per unit, each line the review changed, the unit's score beside
 * the reviewed one, every change with who made it, when and why, and the unit's answer. The record,
 * the spreadsheet and the review screen read the same rows.
 */
import { vietnamDate } from '../dates';
import { formatDateShort } from '../format/date-line';
import { formatDecimal } from '../format/numbers';
import { type Role, roleLabels } from '../org/roles';
import { type ReviewedItemKind, type ReviewScoreChange, sheetLines } from './changes';
import type { ScoreSheet } from './sheet';
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

/** The template's lines as the table names them: criteria by code, bonus and penalty items numbered. */
function itemsOf(template: ScoringTemplate) {
  const item = (kind: ReviewedItemKind, id: string, code: string, title: string) => ({
    kind,
    id,
    code,
    title,
  });
  return [
    ...template.groups.flatMap((g) => g.criteria.map((c) => item('criterion', c.id, c.code, c.title))),
    ...template.bonus.items.map((b, i) => item('bonus', b.id, `ĐT${i + 1}`, b.title)),
    ...template.penalties.map((p, i) => item('penalty', p.id, `ĐTr${i + 1}`, p.title)),
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
    const sheetRows = sheetLines(sheet);
    const lines = items.flatMap((item): CrossReviewLine[] => {
      const row = sheetRows.find((l) => l.kind === item.kind && l.itemId === item.id);
      const changes = mine.filter((c) => c.kind === item.kind && c.itemId === item.id);
      if (!row) return [];
      const reviewed = row.reviewed ?? row.self;
      if (reviewed === row.self && changes.length === 0) return [];
      return [
        {
          kind: item.kind,
          itemId: item.id,
          code: item.code,
          title: item.title,
          self: row.self,
          reviewed,
          changes,
        },
      ];
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

/**
 * "10 → 7 (Phó Khối Nguyễn Văn A, 05/12/2024): thiếu minh chứng". A record names the office only
 * ("Phó Khối, 05/12/2024"): its people are the officials who sign it, not the accounts that typed.
 */
export function reviewChangeText(change: ReviewHistoryEntry, withName = true): string {
  const role = change.byRole ? roleLabels[change.byRole] : null;
  const who = [role, withName || !role ? change.by : null].filter(Boolean).join(' ');
  const when = formatDateShort(vietnamDate(change.at));
  const head = `${score(change.before)} → ${score(change.after)} (${who ? `${who}, ` : ''}${when})`;
  return change.reason ? `${head}: ${change.reason}` : head;
}

/** "Đơn vị đã bổ sung minh chứng. (ngày 07/12/2024)" */
const reviewReplyText = (reply: ReviewReply): string =>
  `${reply.body} (ngày ${formatDateShort(vietnamDate(reply.at))})`;

/** A unit's summary as the record prints it: totals, each changed line with its changes as text. */
export function crossReviewRecordRows(u: CrossReviewUnit) {
  return {
    selfTotal: u.selfTotal,
    reviewedTotal: u.reviewedTotal,
    lines: u.lines.map((l) => ({
      code: l.code,
      title: l.title,
      self: l.self,
      reviewed: l.reviewed,
      changes: l.changes.map((c) => reviewChangeText(c, false)),
    })),
    ...(u.reply ? { reply: reviewReplyText(u.reply) } : {}),
  };
}
