import { DomainError } from '../errors';
import { keysOf } from '../vocabulary';

/**
 * A secret ballot: no voter identity, only what was marked. "blank" = the delegate chose nobody
 * (valid, counts in the valid ballots, gives no vote). "spoiled" = not issued by the counting
 * board, signed, or otherwise marked (invalid).
 */
/**
 * The counting board of an encrypted round holds the key n-of-n: at least two members, so that
 * nobody alone can decrypt; a handful at most (usually 3).
 */
export const COUNTING_BOARD_SIZE = { min: 2, max: 7 } as const;

export type Ballot =
  | { kind: 'choices'; candidateIds: readonly string[] }
  | { kind: 'blank' }
  | { kind: 'spoiled'; note?: string };

export interface Candidate {
  unitId: string;
  /** Display name in force on the conference date (for the minutes). */
  name?: string;
  /** false = on the printed list but barred (e.g. a block arose after printing). */
  eligible?: boolean;
  /** Ranking score, used only by the 'rankByScore' tie policy. */
  score?: number;
}

export const invalidReasonLabels = {
  spoiled: 'Phiếu không do Ban kiểm phiếu phát ra hoặc có ký tên, đánh dấu riêng',
  duplicateChoice: 'Phiếu chọn trùng một đơn vị',
  tooManyChoices: 'Phiếu chọn quá số lượng đơn vị cho phép',
  offList: 'Phiếu ghi tên đơn vị ngoài danh sách',
  ineligibleCandidate: 'Phiếu chọn đơn vị không đủ điều kiện',
} satisfies Record<string, string>;
export type InvalidReason = keyof typeof invalidReasonLabels;
export const invalidReasons = keysOf(invalidReasonLabels);

const reasonErrorCode = {
  spoiled: 'INVALID_INPUT',
  duplicateChoice: 'BALLOT_DUPLICATE_CHOICE',
  tooManyChoices: 'BALLOT_TOO_MANY_CHOICES',
  offList: 'BALLOT_OFF_LIST',
  ineligibleCandidate: 'BALLOT_INELIGIBLE_CANDIDATE',
} as const;

export interface BallotContext {
  candidates: readonly Candidate[];
  maxChoices: number;
  ineligibleChoice: 'invalidateBallot' | 'ignoreChoice';
}

export interface BallotReading {
  valid: boolean;
  reason?: InvalidReason;
  /** The candidates that receive a vote from this ballot (empty when invalid or blank). */
  votesFor: string[];
}

/**
 * Reads one ballot. A ballot with several defects is counted under the first reason, in the
 * order of `invalidReasons`.
 */
export function readBallot(ballot: Ballot, ctx: BallotContext): BallotReading {
  if (ballot.kind === 'blank') return { valid: true, votesFor: [] };
  if (ballot.kind === 'spoiled') return { valid: false, reason: 'spoiled', votesFor: [] };
  const ids = ballot.candidateIds;
  if (new Set(ids).size !== ids.length) return { valid: false, reason: 'duplicateChoice', votesFor: [] };
  if (ids.length > ctx.maxChoices) return { valid: false, reason: 'tooManyChoices', votesFor: [] };
  const byId = new Map(ctx.candidates.map((c) => [c.unitId, c]));
  if (ids.some((id) => !byId.has(id))) return { valid: false, reason: 'offList', votesFor: [] };
  const ineligible = ids.filter((id) => byId.get(id)?.eligible === false);
  if (ineligible.length > 0) {
    if (ctx.ineligibleChoice === 'invalidateBallot')
      return { valid: false, reason: 'ineligibleCandidate', votesFor: [] };
    return { valid: true, votesFor: ids.filter((id) => !ineligible.includes(id)) };
  }
  return { valid: true, votesFor: [...ids] };
}

/** For electronic entry: refuse a defective ballot up front instead of counting it invalid. */
export function assertValidBallot(ballot: Ballot, ctx: BallotContext): void {
  const r = readBallot(ballot, ctx);
  if (r.valid && !(ballot.kind === 'choices' && r.votesFor.length < ballot.candidateIds.length)) return;
  const reason: InvalidReason = r.reason ?? 'ineligibleCandidate';
  const detail =
    reason === 'tooManyChoices'
      ? `Phiếu chỉ được chọn tối đa ${ctx.maxChoices} đơn vị.`
      : `${invalidReasonLabels[reason]}.`;
  throw new DomainError(reasonErrorCode[reason], detail, { reason, maxChoices: ctx.maxChoices });
}
