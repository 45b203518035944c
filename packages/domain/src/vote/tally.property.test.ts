import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { VoteRule } from '../rules/schema';
import type { Ballot } from './ballot';
import { baseRule, cands, input } from './fixtures';
import { tallyFromTotals, tallyRound } from './tally';

const ids = ['A', 'B', 'C', 'D', 'E', 'F'];

const ruleArb: fc.Arbitrary<VoteRule> = fc
  .record({
    seats: fc.integer({ min: 1, max: 3 }),
    extraChoices: fc.integer({ min: 0, max: 2 }),
    denominator: fc.constantFrom('allMembers', 'present', 'ballotsReceived', 'validBallots') as fc.Arbitrary<
      VoteRule['denominator']
    >,
    percent: fc.constantFrom(50, 66.67, 70),
    comparator: fc.constantFrom('>', '>=') as fc.Arbitrary<'>' | '>='>,
    tiePolicy: fc.constantFrom('runoff', 'chairDecides') as fc.Arbitrary<'runoff' | 'chairDecides'>,
  })
  .map((r) => ({
    ...baseRule,
    seats: r.seats,
    maxChoices: r.seats + r.extraChoices,
    denominator: r.denominator,
    threshold: { percent: r.percent, comparator: r.comparator },
    tiePolicy: r.tiePolicy,
  }));

const ballotArb: fc.Arbitrary<Ballot> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.subarray(ids, { maxLength: 4 }).map((c): Ballot => ({ kind: 'choices', candidateIds: c })),
  },
  { weight: 1, arbitrary: fc.constant<Ballot>({ kind: 'blank' }) },
  { weight: 1, arbitrary: fc.constant<Ballot>({ kind: 'spoiled' }) },
  { weight: 1, arbitrary: fc.constant<Ballot>({ kind: 'choices', candidateIds: ['A', 'Z'] }) },
);

/** An invalid ballot for `rule`: spoiled, duplicate, off the list, or one choice too many. */
const invalidBallotArb = (rule: VoteRule): fc.Arbitrary<Ballot> =>
  fc.oneof(
    fc.constant<Ballot>({ kind: 'spoiled' }),
    fc.constant<Ballot>({ kind: 'choices', candidateIds: ['B', 'B'] }),
    fc.constant<Ballot>({ kind: 'choices', candidateIds: ['Q'] }),
    fc.constant<Ballot>({ kind: 'choices', candidateIds: ids.slice(0, rule.maxChoices + 1) }),
  );

const MEMBERS = 40;

describe('tally properties', () => {
  it('the order of ballots never changes the result', () => {
    fc.assert(
      fc.property(
        ruleArb,
        fc
          .array(ballotArb, { maxLength: MEMBERS })
          .chain((b) =>
            fc.tuple(fc.constant(b), fc.shuffledSubarray(b, { minLength: b.length, maxLength: b.length })),
          ),
        (rule, [ballots, shuffled]) => {
          const a = tallyRound(input({ rule, members: MEMBERS, candidates: cands(...ids), ballots }));
          const b = tallyRound(
            input({ rule, members: MEMBERS, candidates: cands(...ids), ballots: shuffled }),
          );
          expect(b).toEqual(a);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('adding an invalid ballot never changes any candidate valid count', () => {
    fc.assert(
      fc.property(
        ruleArb.chain((rule) => fc.tuple(fc.constant(rule), invalidBallotArb(rule))),
        fc.array(ballotArb, { maxLength: MEMBERS - 1 }),
        fc.nat(),
        ([rule, bad], ballots, at) => {
          const before = tallyRound(input({ rule, members: MEMBERS, candidates: cands(...ids), ballots }));
          const withBad = [...ballots];
          withBad.splice(at % (ballots.length + 1), 0, bad);
          const after = tallyRound(
            input({ rule, members: MEMBERS, candidates: cands(...ids), ballots: withBad }),
          );
          const votes = (r: typeof before) =>
            Object.fromEntries(r.candidates.map((c) => [c.unitId, c.votes]));
          expect(votes(after)).toEqual(votes(before));
          expect(after.validBallots).toBe(before.validBallots);
          expect(after.invalidBallots).toBe(before.invalidBallots + 1);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never elects more than the seats, only passing candidates, and ties stay among equal votes', () => {
    fc.assert(
      fc.property(ruleArb, fc.array(ballotArb, { maxLength: MEMBERS }), (rule, ballots) => {
        const r = tallyRound(input({ rule, members: MEMBERS, candidates: cands(...ids), ballots }));
        expect(r.electedIds.length).toBeLessThanOrEqual(rule.seats);
        for (const id of r.electedIds) expect(r.passedIds).toContain(id);
        const tiedVotes = new Set(
          r.candidates.filter((c) => r.tiedIds.includes(c.unitId)).map((c) => c.votes),
        );
        expect(tiedVotes.size).toBeLessThanOrEqual(1);
        expect(r.validBallots + r.invalidBallots).toBe(r.ballotsReceived);
      }),
      { numRuns: 300 },
    );
  });
});

describe('a round counted from decrypted totals', () => {
  /** A ballot an encrypted round accepts: 1..maxChoices candidates of the list, or blank. */
  const acceptedArb = (rule: VoteRule): fc.Arbitrary<Ballot> =>
    fc.oneof(
      { weight: 1, arbitrary: fc.constant<Ballot>({ kind: 'blank' }) },
      {
        weight: 6,
        arbitrary: fc
          .subarray(ids, { minLength: 1, maxLength: rule.maxChoices })
          .map((c): Ballot => ({ kind: 'choices', candidateIds: c })),
      },
    );
  const totalsOf = (ballots: readonly Ballot[]) => ({
    ballotsReceived: ballots.length,
    blankBallots: ballots.filter((b) => b.kind === 'blank').length,
    totals: Object.fromEntries(
      ids.map((id) => [
        id,
        ballots.filter((b) => b.kind === 'choices' && b.candidateIds.includes(id)).length,
      ]),
    ),
  });

  it('decides exactly as the count of the plaintext ballots behind the totals', () => {
    fc.assert(
      fc.property(
        ruleArb.chain((rule) =>
          fc.tuple(fc.constant(rule), fc.array(acceptedArb(rule), { maxLength: MEMBERS })),
        ),
        fc.nat(),
        ([rule, ballots], extra) => {
          const present = ballots.length + (extra % (MEMBERS - ballots.length + 1));
          const base = input({ rule, members: MEMBERS, present, candidates: cands(...ids), ballots });
          const { ballots: _plain, ...withoutBallots } = base;
          expect(tallyFromTotals({ ...withoutBallots, ...totalsOf(ballots) })).toEqual(tallyRound(base));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses totals no set of accepted ballots could give', () => {
    const base = input({ candidates: cands(...ids), ballots: [], seats: 1, maxChoices: 2 });
    const { ballots: _none, ...rest } = base;
    const ballots: Ballot[] = [
      { kind: 'choices', candidateIds: ['A', 'B'] },
      { kind: 'blank' },
      { kind: 'choices', candidateIds: ['C'] },
    ];
    const good = totalsOf(ballots);
    expect(tallyFromTotals({ ...rest, ...good }).validBallots).toBe(3);
    const refused = (over: Partial<typeof good>) => () => tallyFromTotals({ ...rest, ...good, ...over });
    // More votes than the choosing ballots may give, or fewer than one each.
    expect(refused({ totals: { ...good.totals, D: 3 } })).toThrow(/Tổng số phiếu bầu/);
    expect(refused({ totals: { ...good.totals, A: 0, C: 0 } })).toThrow(/Tổng số phiếu bầu/);
    // A candidate missing, or a vote above the ballots received.
    const { A: _a, ...withoutA } = good.totals;
    expect(refused({ totals: withoutA })).toThrow(/mỗi đơn vị trong danh sách/);
    expect(refused({ totals: { ...good.totals, A: 4 } })).toThrow(/mỗi đơn vị trong danh sách/);
    expect(refused({ blankBallots: 4 })).toThrow(/Số phiếu trống/);
    // More ballots than were issued.
    expect(() => tallyFromTotals({ ...rest, ballotsIssued: 2, ...good })).toThrow(
      /nhiều hơn số phiếu phát ra/,
    );
  });
});
