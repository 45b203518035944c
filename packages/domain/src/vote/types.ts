import type { DenominatorKind, VoteKind, VoteRule } from '../rules/schema';
import type { Ballot, Candidate, InvalidReason } from './ballot';

export interface TallyInput {
  voteKind: VoteKind;
  rule: VoteRule;
  /** 1 for the first round; runoff rounds count up. */
  roundNumber?: number;
  /** Overrides rule.seats (a runoff fills only the seats left). */
  seats?: number;
  /** Overrides rule.maxChoices. */
  maxChoices?: number;
  /** Member units of the bloc this year. */
  members: number;
  /** Member units present at the conference. */
  present: number;
  ballotsIssued: number;
  candidates: readonly Candidate[];
  /** Ballots received, in any order: the outcome never depends on it. */
  ballots: readonly Ballot[];
  /** Written opinions of absent members; counted only when the rule allows them. */
  writtenOpinions?: readonly Ballot[];
}

export type CandidateResult = 'elected' | 'tied' | 'passedNoSeat' | 'notPassed';

export interface CandidateTally {
  unitId: string;
  name: string;
  eligible: boolean;
  votes: number;
  /** votes / denominator in hundredths of a percent, rounded half up (6667 = 66,67 %). Display only. */
  percentHundredths: number;
  /** "66,67 %". */
  percentText: string;
  /** Threshold met, compared exactly with integers. */
  passed: boolean;
  result: CandidateResult;
  resultLabel: string;
}

export type TallyOutcome =
  | { kind: 'quorumNotMet' }
  /** Seats filled by `elected`; `noProposalSeats` seats had no unit reaching the threshold. */
  | { kind: 'decided'; elected: string[]; noProposalSeats: number }
  /** Nobody reached the threshold: no proposal for any seat. */
  | { kind: 'noProposal'; noProposalSeats: number }
  /** `elected` are in; `candidates` tie at the seat boundary and go to another round for `seatsToFill`. */
  | { kind: 'runoff'; elected: string[]; candidates: string[]; seatsToFill: number }
  /** As runoff, but the chair picks `seatsToFill` among `candidates`. */
  | { kind: 'chairDecides'; elected: string[]; candidates: string[]; seatsToFill: number };

export interface TallyResult {
  voteKind: VoteKind;
  roundNumber: number;
  seats: number;
  maxChoices: number;
  members: number;
  present: number;
  writtenOpinionsCounted: number;
  /** present + written opinions counted. */
  participating: number;
  quorum: { required: number; met: boolean; text: string };
  ballotsIssued: number;
  /** Ballots received at the conference + written opinions counted. */
  ballotsReceived: number;
  validBallots: number;
  invalidBallots: number;
  /** Valid ballots choosing nobody. */
  blankBallots: number;
  invalidByReason: Record<InvalidReason, number>;
  /** Non-zero reasons only, with their Vietnamese labels, for the minutes. */
  invalidReasonLines: { reason: InvalidReason; label: string; count: number }[];
  denominator: { kind: DenominatorKind; value: number; label: string };
  threshold: { percent: number; comparator: '>' | '>='; text: string };
  /** Votes desc, then the order of the candidate list. */
  candidates: CandidateTally[];
  passedIds: string[];
  /** Elected in this round (empty unless decided, or the part above a tie). */
  electedIds: string[];
  /** Tied at the seat boundary (runoff or chair). */
  tiedIds: string[];
  outcome: TallyOutcome;
  /** Vietnamese conclusion for the vote-count minutes. */
  conclusion: string;
}
