import { DomainError } from '../errors';
import { formatPercent, percentHundredths } from '../format/numbers';
import {
  type Ballot,
  type Candidate,
  type InvalidReason,
  invalidReasonLabels,
  invalidReasons,
  readBallot,
} from './ballot';
import { conclusionText, denominatorLabel, resultLabel, thresholdText } from './labels';
import type { CandidateResult, CandidateTally, TallyInput, TallyOutcome, TallyResult } from './types';

const isCount = (n: number) => Number.isSafeInteger(n) && n >= 0;

function checkInput(input: TallyInput, seats: number, maxChoices: number): void {
  const bad = (message: string, details: Record<string, unknown>) =>
    new DomainError('INVALID_INPUT', message, details);
  const { members, present, ballotsIssued } = input;
  if (!isCount(members) || members < 1)
    throw bad('Số đơn vị thành viên phải là số nguyên dương.', { members });
  if (!isCount(present) || present > members) {
    throw bad(`Số đơn vị có mặt phải từ 0 đến ${members}.`, { present, members });
  }
  if (!isCount(ballotsIssued) || ballotsIssued > present) {
    throw bad(`Số phiếu phát ra phải từ 0 đến số đơn vị có mặt (${present}).`, { ballotsIssued, present });
  }
  if (!isCount(seats) || seats < 1 || !isCount(maxChoices) || maxChoices < 1) {
    throw bad('Số suất và số lựa chọn tối đa phải là số nguyên dương.', { seats, maxChoices });
  }
  if (input.ballots.length > ballotsIssued) {
    throw new DomainError(
      'BALLOT_COUNT_MISMATCH',
      `Số phiếu thu về (${input.ballots.length}) nhiều hơn số phiếu phát ra (${ballotsIssued}).`,
      { received: input.ballots.length, issued: ballotsIssued },
    );
  }
  const written = input.writtenOpinions ?? [];
  if (written.length > 0 && !input.rule.writtenOpinionsOfAbsentAllowed) {
    throw new DomainError('WRITTEN_OPINIONS_NOT_ALLOWED', undefined, { writtenOpinions: written.length });
  }
  if (written.length > members - present) {
    throw bad(
      `Số ý kiến bằng văn bản (${written.length}) nhiều hơn số đơn vị vắng mặt (${members - present}).`,
      {
        writtenOpinions: written.length,
        absent: members - present,
      },
    );
  }
  const ids = input.candidates.map((c) => c.unitId);
  if (new Set(ids).size !== ids.length)
    throw bad('Danh sách bình xét có đơn vị bị trùng.', { candidates: ids });
}

/** votes/denominator vs threshold, exactly: votes × 10000 against basis points × denominator. */
function meetsThreshold(
  votes: number,
  denominator: number,
  percent: number,
  comparator: '>' | '>=',
): boolean {
  if (denominator <= 0) return false;
  const lhs = votes * 10000;
  const rhs = Math.round(percent * 100) * denominator;
  return comparator === '>' ? lhs > rhs : lhs >= rhs;
}

interface Selection {
  outcome: TallyOutcome;
  elected: string[];
  tied: string[];
}

/** Fills seats from the passing candidates (votes desc), resolving a boundary tie per policy. */
function select(
  input: Pick<TallyInput, 'rule'>,
  passing: readonly { unitId: string; votes: number }[],
  seats: number,
  scoreOf: Map<string, number | undefined>,
): Selection {
  if (passing.length === 0)
    return { outcome: { kind: 'noProposal', noProposalSeats: seats }, elected: [], tied: [] };
  const last = passing[seats - 1];
  const next = passing[seats];
  if (!last || !next || next.votes < last.votes) {
    const elected = passing.slice(0, seats).map((p) => p.unitId);
    return {
      outcome: { kind: 'decided', elected, noProposalSeats: seats - elected.length },
      elected,
      tied: [],
    };
  }
  const above = passing.filter((p) => p.votes > last.votes).map((p) => p.unitId);
  let tied = passing.filter((p) => p.votes === last.votes).map((p) => p.unitId);
  let elected = above;
  let seatsToFill = seats - above.length;
  const policy = input.rule.tiePolicy;
  if (policy === 'rankByScore') {
    const missing = tied.filter((id) => scoreOf.get(id) === undefined);
    if (missing.length > 0) {
      throw new DomainError('TIE_SCORES_MISSING', undefined, { candidates: missing });
    }
    const score = (id: string) => scoreOf.get(id) ?? 0;
    const byScore = [...tied].sort((a, b) => score(b) - score(a));
    const boundary = score(byScore[seatsToFill - 1] ?? '');
    const afterBoundary = byScore[seatsToFill];
    if (afterBoundary === undefined || score(afterBoundary) < boundary) {
      elected = [...above, ...byScore.slice(0, seatsToFill)];
      return {
        outcome: { kind: 'decided', elected, noProposalSeats: seats - elected.length },
        elected,
        tied: [],
      };
    }
    // Scores tie too: those above the score boundary are in, the rest go to a runoff.
    const byScoreAbove = byScore.filter((id) => score(id) > boundary);
    elected = [...above, ...byScoreAbove];
    seatsToFill -= byScoreAbove.length;
    tied = byScore.filter((id) => score(id) === boundary);
  }
  const kind = policy === 'chairDecides' ? 'chairDecides' : 'runoff';
  return { outcome: { kind, elected, candidates: tied, seatsToFill }, elected, tied };
}

/** What the count of a round's ballots found, before the rule decides it. */
interface BallotCounts {
  /** Ballots received at the conference + written opinions counted. */
  received: number;
  written: number;
  valid: number;
  blank: number;
  invalidByReason: Record<InvalidReason, number>;
  votes: ReadonlyMap<string, number>;
}

const noInvalid = (): Record<InvalidReason, number> =>
  Object.fromEntries(invalidReasons.map((r) => [r, 0])) as Record<InvalidReason, number>;

/**
 * Counts one round of a secret ballot and decides it. Pure and order-independent: the same
 * multiset of ballots always yields the same result. Returns every figure the vote-count
 * minutes (Biên bản kiểm phiếu) print.
 */
export function tallyRound(input: TallyInput): TallyResult {
  const seats = input.seats ?? input.rule.seats;
  const maxChoices = input.maxChoices ?? input.rule.maxChoices;
  checkInput(input, seats, maxChoices);
  const rule = input.rule;
  const written = rule.writtenOpinionsOfAbsentAllowed ? (input.writtenOpinions ?? []) : [];
  const received: Ballot[] = [...input.ballots, ...written];

  const votes = new Map(input.candidates.map((c) => [c.unitId, 0]));
  const invalidByReason = noInvalid();
  let valid = 0;
  let blank = 0;
  const ctx = { candidates: input.candidates, maxChoices, ineligibleChoice: rule.ineligibleChoice };
  for (const ballot of received) {
    const reading = readBallot(ballot, ctx);
    if (!reading.valid) {
      const reason = reading.reason ?? 'spoiled';
      invalidByReason[reason] += 1;
      continue;
    }
    valid += 1;
    if (reading.votesFor.length === 0) blank += 1;
    for (const id of reading.votesFor) votes.set(id, (votes.get(id) ?? 0) + 1);
  }
  return decideRound(input, seats, maxChoices, {
    received: received.length,
    written: written.length,
    valid,
    blank,
    invalidByReason,
    votes,
  });
}

/**
 * Decides a round from the decrypted totals of encrypted ballots: every encrypted ballot is valid
 * (its proofs show 1..maxChoices choices, or none and marked blank), so the count is the number of
 * ballots, the blank ones and each candidate's votes. Gives the same result as `tallyRound` on the
 * plaintext ballots behind those totals.
 */
export function tallyFromTotals(
  input: Omit<TallyInput, 'ballots' | 'writtenOpinions'> & {
    ballotsReceived: number;
    blankBallots: number;
    totals: Readonly<Record<string, number>>;
  },
): TallyResult {
  const seats = input.seats ?? input.rule.seats;
  const maxChoices = input.maxChoices ?? input.rule.maxChoices;
  const { ballotsReceived: n, blankBallots, totals } = input;
  const bad = (message: string) =>
    new DomainError('BALLOT_COUNT_MISMATCH', message, { ballotsReceived: n, blankBallots, totals });
  if (!isCount(n) || !isCount(blankBallots) || blankBallots > n)
    throw bad(`Số phiếu trống (${blankBallots}) phải từ 0 đến số phiếu thu về (${n}).`);
  const ids = input.candidates.map((c) => c.unitId);
  const listed = Object.keys(totals);
  if (listed.length !== ids.length || ids.some((id) => !isCount(totals[id] ?? -1) || (totals[id] ?? 0) > n))
    throw bad(
      'Kết quả giải mã phải có đúng một số phiếu, từ 0 đến số phiếu thu về, cho mỗi đơn vị trong danh sách.',
    );
  const votes = ids.reduce((s, id) => s + (totals[id] ?? 0), 0);
  if (votes < n - blankBallots || votes > (n - blankBallots) * maxChoices)
    throw bad(
      `Tổng số phiếu bầu (${votes}) không khớp với ${n - blankBallots} phiếu có chọn, mỗi phiếu chọn 1 đến ${maxChoices} đơn vị.`,
    );
  checkInput(
    { ...input, ballots: Array.from({ length: n }, () => ({ kind: 'blank' }) as const) },
    seats,
    maxChoices,
  );
  return decideRound(input, seats, maxChoices, {
    received: n,
    written: 0,
    valid: n,
    blank: blankBallots,
    invalidByReason: noInvalid(),
    votes: new Map(ids.map((id) => [id, totals[id] ?? 0])),
  });
}

function decideRound(
  input: Omit<TallyInput, 'ballots' | 'writtenOpinions'>,
  seats: number,
  maxChoices: number,
  counts: BallotCounts,
): TallyResult {
  const rule = input.rule;
  const { valid, blank, invalidByReason, votes } = counts;
  const participating = input.present + counts.written;
  const quorumRequired = Math.ceil((rule.quorum.numerator * input.members) / rule.quorum.denominator);
  const quorumMet = participating * rule.quorum.denominator >= rule.quorum.numerator * input.members;
  const denominatorValue = {
    allMembers: input.members,
    present: participating,
    ballotsReceived: counts.received,
    validBallots: valid,
  }[rule.denominator];
  const denomLabel = denominatorLabel(rule.denominator, counts.written > 0);
  const thrText = thresholdText(rule.threshold.percent, rule.threshold.comparator);

  // Stable: votes desc, then the printed order of the candidate list.
  const ordered = input.candidates
    .map((c, index) => ({ c, index, votes: votes.get(c.unitId) ?? 0 }))
    .sort((a, b) => b.votes - a.votes || a.index - b.index);
  const passedIds = ordered
    .filter(
      (o) =>
        quorumMet &&
        meetsThreshold(o.votes, denominatorValue, rule.threshold.percent, rule.threshold.comparator),
    )
    .map((o) => o.c.unitId);
  const passing = ordered
    .filter((o) => passedIds.includes(o.c.unitId))
    .map((o) => ({ unitId: o.c.unitId, votes: o.votes }));
  const scoreOf = new Map(input.candidates.map((c: Candidate) => [c.unitId, c.score]));
  const selection: Selection = quorumMet
    ? select(input, passing, seats, scoreOf)
    : { outcome: { kind: 'quorumNotMet' }, elected: [], tied: [] };

  const nameOf = (id: string) => input.candidates.find((c) => c.unitId === id)?.name ?? id;
  const resultOf = (id: string): CandidateResult =>
    selection.elected.includes(id)
      ? 'elected'
      : selection.tied.includes(id)
        ? 'tied'
        : passedIds.includes(id)
          ? 'passedNoSeat'
          : 'notPassed';
  const candidates: CandidateTally[] = ordered.map(({ c, votes: v }) => {
    const hundredths = percentHundredths(v, denominatorValue);
    const result = resultOf(c.unitId);
    return {
      unitId: c.unitId,
      name: nameOf(c.unitId),
      eligible: c.eligible !== false,
      votes: v,
      percentHundredths: hundredths,
      percentText: formatPercent(hundredths / 100),
      passed: passedIds.includes(c.unitId),
      result,
      resultLabel: resultLabel(input.voteKind, result, selection.outcome),
    };
  });
  const tiedVotes = candidates.find((c) => c.result === 'tied')?.votes ?? 0;

  return {
    voteKind: input.voteKind,
    roundNumber: input.roundNumber ?? 1,
    seats,
    maxChoices,
    members: input.members,
    present: input.present,
    writtenOpinionsCounted: counts.written,
    participating,
    quorum: {
      required: quorumRequired,
      met: quorumMet,
      text: `${rule.quorum.numerator}/${rule.quorum.denominator} tổng số đơn vị thành viên (tối thiểu ${quorumRequired} đơn vị)`,
    },
    ballotsIssued: input.ballotsIssued,
    ballotsReceived: counts.received,
    validBallots: valid,
    invalidBallots: counts.received - valid,
    blankBallots: blank,
    invalidByReason,
    invalidReasonLines: invalidReasons
      .filter((r) => invalidByReason[r] > 0)
      .map((r) => ({ reason: r, label: invalidReasonLabels[r], count: invalidByReason[r] })),
    denominator: { kind: rule.denominator, value: denominatorValue, label: denomLabel },
    threshold: { percent: rule.threshold.percent, comparator: rule.threshold.comparator, text: thrText },
    candidates,
    passedIds,
    electedIds: selection.elected,
    tiedIds: selection.tied,
    outcome: selection.outcome,
    conclusion: conclusionText({
      kind: input.voteKind,
      outcome: selection.outcome,
      nameOf,
      thresholdText: thrText,
      denominatorLabel: denomLabel,
      participating,
      members: input.members,
      quorumRequired,
      tiedVotes,
      validBallots: valid,
      denominatorValue,
      figuresOf: (id) => {
        const c = candidates.find((x) => x.unitId === id);
        return { votes: c?.votes ?? 0, percentText: c?.percentText ?? formatPercent(0) };
      },
    }),
  };
}

/** Whether the conference may vote at all (opening a round); QUORUM_NOT_MET otherwise. */
export function assertQuorum(
  input: Pick<TallyInput, 'rule' | 'members' | 'present' | 'writtenOpinions'>,
): void {
  const written = input.rule.writtenOpinionsOfAbsentAllowed ? (input.writtenOpinions?.length ?? 0) : 0;
  const participating = input.present + written;
  const { numerator, denominator } = input.rule.quorum;
  if (participating * denominator < numerator * input.members) {
    const required = Math.ceil((numerator * input.members) / denominator);
    throw new DomainError(
      'QUORUM_NOT_MET',
      `Hội nghị mới có ${participating}/${input.members} đơn vị tham dự, chưa đạt tối thiểu ${required} đơn vị.`,
      { participating, members: input.members, required },
    );
  }
}
