import type * as Docs from '@thidua/documents';
import {
  crossReviewRecordRows,
  crossReviewSummary,
  DomainError,
  type ScoreBreakdown,
  type ScoreSheet,
  scoreBreakdown,
} from '@thidua/domain';
import { type Context, numbered, type Planned } from './context';
import type { RecordParts } from './shared';
import type { StepFacts } from './step-facts';

/** Per group, then bonus (after its cap) and penalties (late reports included), as the table prints them. */
const columns = (b: ScoreBreakdown): number[] => [
  ...b.groups.map((g) => g.points),
  b.bonus,
  b.penalty + b.latePenalty,
];

const SCORE_TABLE = 'bang-tong-hop-diem';

/**
 * Bảng tổng hợp điểm when the scores are locked (self vs reviewed per group, the locked ranking),
 * with the Bảng tổng hợp kết quả chấm chéo attached (each change of the review and the answers).
 */
export function planScoreTable(
  ctx: Context,
  docs: typeof Docs,
  p: RecordParts,
  scores: StepFacts['scores'],
): Planned[] {
  if (!scores) throw new Error('the score table needs the locked scores');
  if (!ctx.people) throw new Error('the score table needs the people loaded for it');
  const { template, sheets, history } = scores;
  const { f } = p;
  if (f.ranking.length === 0) {
    throw new DomainError('RECORD_FACT_MISSING', `Năm thi đua ${f.year} chưa chốt điểm và xếp hạng.`);
  }
  const groups: Docs.ScoreGroup[] = [
    ...template.groups.map(
      (g): Docs.ScoreGroup => ({
        code: g.code,
        name: g.title,
        max: g.criteria.reduce((sum, c) => sum + c.maxPoints, 0),
        kind: 'criteria',
      }),
    ),
    { code: 'ĐT', name: 'Điểm thưởng', max: template.bonus.cap, kind: 'bonus' },
    { code: 'ĐTr', name: 'Điểm trừ (kể cả báo cáo gửi chậm)', kind: 'penalty' },
  ];
  const rows: Docs.ScoreRow[] = f.ranking.map((r) => {
    const sheet: ScoreSheet = sheets.find((x) => x.unitId === r.unitId) ?? { unitId: r.unitId, criteria: [] };
    return {
      unit: p.unit(r.unitId),
      self: columns(scoreBreakdown(template, sheet, 'self', ctx.ruleSet)),
      reviewed: columns(scoreBreakdown(template, sheet, 'reviewed', ctx.ruleSet)),
      rank: r.position,
    };
  });
  const { blocHead } = ctx.people;
  const signer: Docs.Signer = {
    capacity: `TM. ${ctx.blocName}`,
    title: 'TRƯỞNG KHỐI',
    post: blocHead.signatureTitle,
    name: blocHead.fullName,
  };
  const ranked = f.ranking.flatMap((r) => sheets.filter((s) => s.unitId === r.unitId));
  const reviewUnits: Docs.ReviewSummaryUnit[] = crossReviewSummary(
    template,
    ctx.ruleSet,
    ranked,
    history,
  ).map((u) => ({ unit: p.unit(u.unitId), ...crossReviewRecordRows(u) }));
  return [
    {
      recordType: 'scoreTable',
      series: 'BC',
      title: `Bảng tổng hợp điểm thi đua năm ${f.year}`,
      fileBase: SCORE_TABLE,
      date: ctx.date,
      build: (issue) =>
        docs.buildScoreSummary({
          issuer: p.issuer,
          meta: { number: numbered(issue, 'Bảng tổng hợp điểm'), date: ctx.date, place: ctx.place },
          year: f.year,
          subject: `Kết quả chấm điểm, xếp hạng thi đua năm ${f.year}`,
          groups,
          rows,
          withoutReport: (f.notSubmittedUnitIds ?? []).map(p.unit),
          notes: [
            'TC: điểm đơn vị tự chấm; TĐ: điểm thẩm định (chấm chéo) của Trưởng khối, Phó Trưởng khối;',
            'Tổng điểm = điểm các nhóm tiêu chí + điểm thưởng − điểm trừ; xếp hạng theo tổng điểm thẩm định.',
          ],
          signer,
          recipients: [
            'Ban Thi đua - Khen thưởng, Sở Nội vụ',
            'Các đơn vị trong Khối',
            `Lưu: VT, ${ctx.issuerCode}`,
          ],
        }),
    },
    {
      recordType: 'reviewSummary',
      series: null,
      title: `Bảng tổng hợp kết quả chấm chéo năm ${f.year}`,
      fileBase: 'bang-tong-hop-cham-cheo',
      date: ctx.date,
      build: (issue, cite) =>
        docs.buildReviewSummary({
          issuer: p.issuer,
          year: f.year,
          attachedTo: { ...cite(SCORE_TABLE), issuerName: ctx.blocShort },
          version: issue.version,
          units: reviewUnits,
          signer,
        }),
    },
  ];
}
