import { DomainError } from '../errors';
import type { TallyInput, TallyResult } from './types';

/**
 * The next round after a tie: only the tied candidates, only the seats left, choices capped
 * at those seats, no ballots yet (fill `ballots` and `ballotsIssued` when the round is held).
 */
export function buildRunoffRound(previous: TallyInput, result: TallyResult): TallyInput {
  if (result.outcome.kind !== 'runoff') {
    throw new DomainError('NO_RUNOFF_NEEDED', undefined, { outcome: result.outcome.kind });
  }
  const { candidates: tied, seatsToFill } = result.outcome;
  const maxChoices = Math.min(previous.maxChoices ?? previous.rule.maxChoices, seatsToFill);
  return {
    ...previous,
    roundNumber: result.roundNumber + 1,
    seats: seatsToFill,
    maxChoices,
    candidates: previous.candidates.filter((c) => tied.includes(c.unitId)),
    ballots: [],
    writtenOpinions: [],
  };
}

/**
 * The final elected list across rounds: each round's `electedIds` in order. A runoff round
 * adds its winners to those elected above the tie in earlier rounds.
 */
export function electedAcrossRounds(results: readonly TallyResult[]): string[] {
  return results.flatMap((r) => r.electedIds);
}

/**
 * Records the chair's choice after a 'chairDecides' tie: the result becomes 'decided' with the
 * chosen units added. The choice must come from the tied set and fit the seats left.
 */
export function applyChairDecision(result: TallyResult, chosenIds: readonly string[]): TallyResult {
  const o = result.outcome;
  if (o.kind !== 'chairDecides') {
    throw new DomainError('WRONG_PHASE', 'Vòng bỏ phiếu này không chờ chủ trì quyết định.', {
      outcome: o.kind,
    });
  }
  const unique = [...new Set(chosenIds)];
  if (
    unique.length !== chosenIds.length ||
    unique.length > o.seatsToFill ||
    unique.some((id) => !o.candidates.includes(id))
  ) {
    throw new DomainError(
      'INVALID_INPUT',
      `Chủ trì chỉ được chọn tối đa ${o.seatsToFill} đơn vị trong số các đơn vị bằng phiếu.`,
      { chosenIds, candidates: o.candidates, seatsToFill: o.seatsToFill },
    );
  }
  const elected = [...o.elected, ...unique];
  const noProposalSeats = result.seats - elected.length;
  return {
    ...result,
    electedIds: elected,
    tiedIds: [],
    outcome: { kind: 'decided', elected, noProposalSeats },
    candidates: result.candidates.map((c) =>
      c.result === 'tied'
        ? {
            ...c,
            result: unique.includes(c.unitId) ? 'elected' : 'passedNoSeat',
            resultLabel: unique.includes(c.unitId)
              ? 'Được chủ trì quyết định chọn'
              : 'Đạt tỷ lệ nhưng không đủ suất',
          }
        : c,
    ),
    conclusion: `${result.conclusion} Chủ trì Hội nghị đã quyết định chọn: ${unique
      .map((id) => result.candidates.find((c) => c.unitId === id)?.name ?? id)
      .join(', ')}.`,
  };
}
