import { formatPercent } from '@thidua/domain';
import { DocumentDataError } from '../errors';
import type { AwardVote, BallotCounts, Proposal, RoundVote, UnitRef, VoteBasis } from '../types';

const DENOMINATOR_LABEL: Record<VoteBasis['denominator']['kind'], string> = {
  members: 'tổng số đơn vị thành viên',
  present: 'số đơn vị có mặt',
  received: 'số phiếu thu về',
  valid: 'số phiếu hợp lệ',
};

export const denominatorKindLabel = (basis: VoteBasis): string => DENOMINATOR_LABEL[basis.denominator.kind];

export const denominatorLabel = (basis: VoteBasis): string =>
  `${denominatorKindLabel(basis)} (${basis.denominator.count})`;

/** "trên 50 %" / "từ 70 % trở lên" (percent written as the domain writes it). */
export function thresholdLabel(basis: VoteBasis): string {
  const p = formatPercent(basis.threshold.percent, { trim: true });
  return basis.threshold.strict ? `trên ${p}` : `từ ${p} trở lên`;
}

export function checkBasis(basis: VoteBasis, field: string): void {
  if (!(basis.denominator.count > 0)) {
    throw new DocumentDataError('INCONSISTENT_COUNTS', `Mẫu số tính tỷ lệ phải lớn hơn 0 (${field}).`, field);
  }
}

export function checkBallotCounts(
  c: BallotCounts,
  presentCount: number,
  memberCount: number,
  field: string,
): void {
  const ok =
    c.valid + c.invalid === c.received &&
    c.received <= c.issued &&
    c.issued <= presentCount &&
    presentCount <= memberCount &&
    [c.issued, c.received, c.valid, c.invalid].every((n) => Number.isInteger(n) && n >= 0);
  if (!ok) {
    throw new DocumentDataError(
      'INCONSISTENT_COUNTS',
      `Số phiếu không khớp: phát ra ${c.issued}, thu về ${c.received}, hợp lệ ${c.valid}, không hợp lệ ${c.invalid}; có mặt ${presentCount}/${memberCount} (${field}).`,
      field,
    );
  }
}

/**
 * Votes can't exceed valid ballots; passed rows must meet the stated threshold (of their own round
 * when they carry one) and fit the seats. Without `validBallots` each row is held to its own count.
 */
export function checkResults(
  results: readonly RoundVote[],
  basis: VoteBasis,
  validBallots: number | undefined,
  field: string,
) {
  for (const [i, r] of results.entries()) {
    const passed = r.rows.filter((row) => row.passed);
    if (passed.length > r.award.seats) {
      throw new DocumentDataError(
        'QUOTA_EXCEEDED',
        `${r.award.name}: ${passed.length} đơn vị đạt nhưng chỉ tiêu là ${r.award.seats} (${field}[${i}]).`,
        `${field}[${i}]`,
      );
    }
    for (const row of r.rows) {
      const own = row.basis ?? basis;
      const pct = (row.votes / own.denominator.count) * 100;
      const meets = own.threshold.strict ? pct > own.threshold.percent : pct >= own.threshold.percent;
      if (row.votes > (validBallots ?? own.denominator.count) || (row.passed && !meets)) {
        throw new DocumentDataError(
          'INCONSISTENT_COUNTS',
          `${row.unit.name}: ${row.votes} phiếu không khớp với kết quả "${row.passed ? 'Đạt' : 'Không đạt'}" (${field}[${i}]).`,
          `${field}[${i}]`,
        );
      }
    }
  }
}

const passedUnits = (results: readonly AwardVote[], kind: string): Set<string> =>
  new Set(
    results
      .filter((r) => r.award.kind === kind)
      .flatMap((r) => r.rows.filter((x) => x.passed).map((x) => x.unit.id)),
  );

/** A proposal needs a passing vote for the same award, and no more units than the quota. */
export function checkProposals(
  proposals: readonly Proposal[],
  results: readonly AwardVote[],
  field: string,
): void {
  for (const [i, p] of proposals.entries()) {
    if (p.units.length > p.award.seats) {
      throw new DocumentDataError(
        'QUOTA_EXCEEDED',
        `Đề nghị ${p.units.length} đơn vị tặng ${p.award.name}, vượt chỉ tiêu ${p.award.seats} đơn vị (${field}[${i}]).`,
        `${field}[${i}]`,
      );
    }
    const passed = passedUnits(results, p.award.kind);
    for (const u of p.units) {
      if (!passed.has(u.id)) {
        throw new DocumentDataError(
          'PROPOSAL_WITHOUT_PASSING_VOTE',
          `${u.name} không đạt số phiếu bình xét để đề nghị tặng ${p.award.name} (${field}[${i}]).`,
          `${field}[${i}]`,
        );
      }
    }
  }
}

/** Every unit awarded by a decision must have been proposed, for the same award. */
export function checkAwardedWereProposed(
  awards: readonly {
    readonly award: { readonly kind: string; readonly name: string };
    readonly units: readonly UnitRef[];
  }[],
  proposals: readonly Proposal[] | undefined,
  field: string,
): void {
  if (!proposals) {
    throw new DocumentDataError(
      'DECISION_WITHOUT_PROPOSAL',
      `Dự thảo Quyết định phải căn cứ Tờ trình đề nghị khen thưởng (${field}).`,
      field,
    );
  }
  for (const a of awards) {
    const proposed = new Set(
      proposals.filter((p) => p.award.kind === a.award.kind).flatMap((p) => p.units.map((u) => u.id)),
    );
    for (const u of a.units) {
      if (!proposed.has(u.id)) {
        throw new DocumentDataError(
          'DECISION_WITHOUT_PROPOSAL',
          `${u.name} chưa được đề nghị tặng ${a.award.name} nên không thể đưa vào Quyết định (${field}).`,
          field,
        );
      }
    }
  }
}
