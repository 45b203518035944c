import type { BlocLeadership } from '../org/types';
import type { LegalSource, RuleSet } from './schema';

export type RotationWarningCode = 'HEAD_REPEATS' | 'DEPUTY_REPEATS' | 'DEPUTY_NOT_PROMOTED' | 'NO_DEPUTY';

export interface RotationWarning {
  code: RotationWarningCode;
  /** The unit the warning is about; none when the conference elected no deputy. */
  unitId?: string | undefined;
  message: string;
  /** The year's rotation rule and where it is written. */
  rule?: LegalSource | undefined;
}

export interface ElectedLeadership {
  year: number;
  headUnitId: string;
  /** Null: the conference elected no deputy. */
  deputyUnitId: string | null;
}

/**
 * Rotation is custom, not law (DOMAIN §2.2): we warn, never block. Warns when the conference
 * elected no deputy, when the head or deputy repeats from the previous year, and (if the rule set
 * expects it) when last year's deputy was not elected head.
 */
export function rotationWarnings(
  history: readonly BlocLeadership[],
  elected: ElectedLeadership,
  rotation: Pick<RuleSet['rotation'], 'headMayRepeat' | 'deputyBecomesHead'> & {
    source?: LegalSource | undefined;
  } = {
    headMayRepeat: false,
    deputyBecomesHead: true,
  },
): RotationWarning[] {
  const warnings: RotationWarning[] = [];
  if (elected.deputyUnitId === null) {
    warnings.push({
      code: 'NO_DEPUTY',
      message: `Hội nghị không bầu được Phó Khối năm ${elected.year}; theo quy định, Khối có Trưởng Khối và Phó Khối luân phiên hằng năm.`,
    });
  }
  const previous = history.find((h) => h.year === elected.year - 1);
  if (previous && !rotation.headMayRepeat && previous.headUnitId === elected.headUnitId) {
    warnings.push({
      code: 'HEAD_REPEATS',
      unitId: elected.headUnitId,
      message: `Đơn vị đã làm Trưởng Khối năm ${previous.year}; theo thông lệ luân phiên, không nên làm Trưởng Khối hai năm liền.`,
    });
  }
  if (previous?.deputyUnitId && previous.deputyUnitId === elected.deputyUnitId) {
    warnings.push({
      code: 'DEPUTY_REPEATS',
      unitId: elected.deputyUnitId,
      message: `Đơn vị đã làm Phó Khối năm ${previous.year}; theo thông lệ luân phiên, nên chọn đơn vị khác.`,
    });
  }
  if (previous?.deputyUnitId && rotation.deputyBecomesHead && previous.deputyUnitId !== elected.headUnitId) {
    warnings.push({
      code: 'DEPUTY_NOT_PROMOTED',
      unitId: previous.deputyUnitId,
      message: `Theo thông lệ, Phó Khối năm ${previous.year} thường được bầu làm Trưởng Khối năm ${elected.year}.`,
    });
  }
  return rotation.source ? warnings.map((w) => ({ ...w, rule: rotation.source })) : warnings;
}

/** The warnings as the chair reads them before confirming: each with the rule and its citation. */
export function rotationWarningText(warnings: readonly RotationWarning[]): string {
  return warnings
    .map((w) => (w.rule ? `${w.message} (${w.rule.text} — ${w.rule.citation})` : w.message))
    .join(' ');
}
