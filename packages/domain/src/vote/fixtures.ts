// Test fixtures for vote tests (not exported from the package index).
import { defaultRuleSet } from '../rules/defaults';
import type { VoteRule } from '../rules/schema';
import type { Ballot, Candidate } from './ballot';
import type { TallyInput } from './types';

/** The tally's own cases count on the ballots received (the default rule counts on all members). */
export const baseRule: VoteRule = {
  ...defaultRuleSet(2023).votes.certificateOfMerit,
  denominator: 'ballotsReceived',
};

export const cands = (...ids: string[]): Candidate[] =>
  ids.map((unitId) => ({ unitId, name: `Đơn vị ${unitId}` }));
export const pick = (...ids: string[]): Ballot => ({ kind: 'choices', candidateIds: ids });
export const times = (n: number, b: Ballot): Ballot[] => Array.from({ length: n }, () => b);

export function input(over: Partial<TallyInput> & Pick<TallyInput, 'ballots'>): TallyInput {
  const members = over.members ?? 9;
  const present = over.present ?? members;
  return {
    voteKind: 'certificateOfMerit',
    rule: baseRule,
    members,
    present,
    ballotsIssued: over.ballotsIssued ?? present,
    candidates: cands('A', 'B', 'C', 'D', 'E'),
    ...over,
  };
}
