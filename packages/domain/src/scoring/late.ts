import type { LegalSource, RuleSet } from '../rules/schema';

/** The reports a unit hands in against a deadline; each one late costs the rule set's points. */
export const lateReportKinds = ['registration', 'selfAssessment'] as const;
export type LateReportKind = (typeof lateReportKinds)[number];

export const lateReportLabels: Record<LateReportKind, string> = {
  registration: 'Bản đăng ký thi đua',
  selfAssessment: 'Báo cáo tự chấm điểm',
};

/** A report handed in after its deadline: the deadline that applied then (extension included) and when. */
export interface LateHandIn {
  report: LateReportKind;
  /** ISO instants. */
  due: string;
  at: string;
}

const DAY_MS = 86_400_000;

/** Days late, counting each day begun after the deadline: a report one hour late is one day late. */
export function daysLate(due: string, at: string): number {
  return Math.max(1, Math.ceil((Date.parse(at) - Date.parse(due)) / DAY_MS));
}

export interface LatePenaltyLine {
  /** The rule set's text and citation. */
  rule: LegalSource;
  pointsPerReport: number;
  reports: (LateHandIn & { label: string; daysLate: number })[];
  /** What the totals deduct: the late reports counted × the points per report. */
  points: number;
}

/**
 * The "điểm trừ nộp chậm" line of a unit's breakdown: which reports were late, by how many days,
 * under which rule, and the points the totals deduct for them (`lateReports` counted by the year's
 * workflow). None when nothing was late.
 */
export function latePenaltyLine(
  rules: Pick<RuleSet, 'lateSubmission'>,
  lateReports: number,
  handIns: readonly LateHandIn[],
): LatePenaltyLine | null {
  const count = Math.max(0, Math.trunc(lateReports));
  if (count === 0) return null;
  const { pointsPerLateReport, source } = rules.lateSubmission;
  return {
    rule: source,
    pointsPerReport: pointsPerLateReport,
    reports: handIns.map((h) => ({
      ...h,
      label: lateReportLabels[h.report],
      daysLate: daysLate(h.due, h.at),
    })),
    points: (Math.round(pointsPerLateReport * 4) * count) / 4,
  };
}
