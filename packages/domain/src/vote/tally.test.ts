import { describe, expect, it } from 'vitest';
import type { VoteRule } from '../rules/schema';
import { expectDomainError } from '../test-helpers';
import { assertValidBallot } from './ballot';
import { baseRule, cands, input, pick, times } from './fixtures';
import { applyChairDecision, buildRunoffRound, electedAcrossRounds } from './runoff';
import { assertQuorum, tallyRound } from './tally';

const rule = (over: Partial<VoteRule>): VoteRule => ({ ...baseRule, ...over });

describe('tallyRound: figures for the minutes', () => {
  it('counts, percentages against ballots received, and a Vietnamese conclusion', () => {
    const r = tallyRound(
      input({
        voteKind: 'provincialFlag',
        rule: rule({ seats: 1, maxChoices: 1 }),
        ballots: [...times(7, pick('A')), pick('B'), pick('A', 'C')],
      }),
    );
    expect(r).toMatchObject({
      members: 9,
      present: 9,
      ballotsIssued: 9,
      ballotsReceived: 9,
      validBallots: 8,
      invalidBallots: 1,
      blankBallots: 0,
      quorum: { required: 6, met: true },
      denominator: { kind: 'ballotsReceived', value: 9, label: 'trên tổng số phiếu thu về' },
      threshold: { text: 'trên 50 %' },
      electedIds: ['A'],
      outcome: { kind: 'decided', elected: ['A'], noProposalSeats: 0 },
    });
    expect(r.invalidReasonLines).toEqual([
      { reason: 'tooManyChoices', label: 'Phiếu chọn quá số lượng đơn vị cho phép', count: 1 },
    ]);
    expect(r.candidates[0]).toMatchObject({
      unitId: 'A',
      votes: 7,
      percentText: '77,78 %',
      resultLabel: 'Được đề nghị',
    });
    expect(r.candidates[1]).toMatchObject({
      unitId: 'B',
      votes: 1,
      percentText: '11,11 %',
      result: 'notPassed',
    });
    // Not every valid ballot chose A: the figures, not "thống nhất".
    expect(r.conclusion).toBe(
      'Hội nghị suy tôn Đơn vị A với 7/9 phiếu (77,78 %) đề nghị UBND tỉnh tặng Cờ thi đua của UBND tỉnh.',
    );
  });

  it('"thống nhất" only when every valid ballot chose each elected unit', () => {
    const all = tallyRound(
      input({
        voteKind: 'certificateOfMerit',
        rule: rule({ seats: 2, maxChoices: 2 }),
        ballots: [...times(8, pick('A', 'B')), pick('A', 'B', 'C')],
      }),
    );
    expect(all.validBallots).toBe(8);
    expect(all.conclusion).toBe(
      'Hội nghị thống nhất đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho Đơn vị A và Đơn vị B.',
    );
    const split = tallyRound(
      input({
        voteKind: 'certificateOfMerit',
        rule: rule({ seats: 2, maxChoices: 2 }),
        ballots: [...times(8, pick('A', 'B')), pick('A', 'C')],
      }),
    );
    expect(split.conclusion).toBe(
      'Hội nghị đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho Đơn vị A với 9/9 phiếu (100,00 %) và Đơn vị B với 8/9 phiếu (88,89 %).',
    );
  });

  it('a blank ballot is valid and gives no vote', () => {
    const r = tallyRound(input({ ballots: [{ kind: 'blank' }, pick('A')], present: 9, ballotsIssued: 9 }));
    expect(r).toMatchObject({ validBallots: 2, blankBallots: 1, invalidBallots: 0 });
  });
});

describe('invalid ballots', () => {
  const cases = [
    ['spoiled', { kind: 'spoiled' } as const],
    ['duplicateChoice', pick('A', 'A')],
    ['tooManyChoices', pick('A', 'B', 'C', 'D')],
    ['offList', pick('A', 'Z')],
  ] as const;

  it.each(cases)('%s invalidates the whole ballot', (reason, bad) => {
    const r = tallyRound(input({ ballots: [bad, pick('A')] }));
    expect(r.invalidByReason[reason]).toBe(1);
    expect(r.validBallots).toBe(1);
    expect(r.candidates.find((c) => c.unitId === 'A')?.votes).toBe(1);
  });

  it('choosing an ineligible candidate invalidates the ballot (default), or is ignored if configured', () => {
    const candidates = [...cands('A', 'B'), { unitId: 'X', name: 'Đơn vị X', eligible: false }];
    const ballots = [pick('A', 'X'), pick('A')];
    const r = tallyRound(input({ candidates, ballots }));
    expect(r.invalidByReason.ineligibleCandidate).toBe(1);
    expect(r.candidates.find((c) => c.unitId === 'A')?.votes).toBe(1);
    const ignoring = tallyRound(
      input({ candidates, ballots, rule: rule({ ineligibleChoice: 'ignoreChoice' }) }),
    );
    expect(ignoring.invalidBallots).toBe(0);
    expect(ignoring.candidates.find((c) => c.unitId === 'A')?.votes).toBe(2);
    expect(ignoring.candidates.find((c) => c.unitId === 'X')?.votes).toBe(0);
  });

  it('electronic entry refuses defective ballots with their own codes', () => {
    const ctx = {
      candidates: [...cands('A', 'B'), { unitId: 'X', eligible: false }],
      maxChoices: 1,
      ineligibleChoice: 'invalidateBallot' as const,
    };
    expectDomainError(() => assertValidBallot(pick('A', 'B'), ctx), 'BALLOT_TOO_MANY_CHOICES');
    expectDomainError(() => assertValidBallot(pick('Z'), ctx), 'BALLOT_OFF_LIST');
    expectDomainError(() => assertValidBallot(pick('X'), ctx), 'BALLOT_INELIGIBLE_CANDIDATE');
    expectDomainError(
      () => assertValidBallot(pick('A', 'A'), { ...ctx, maxChoices: 3 }),
      'BALLOT_DUPLICATE_CHOICE',
    );
    expectDomainError(
      () => assertValidBallot(pick('X'), { ...ctx, ineligibleChoice: 'ignoreChoice' }),
      'BALLOT_INELIGIBLE_CANDIDATE',
    );
    expect(() => assertValidBallot(pick('A'), ctx)).not.toThrow();
    expect(() => assertValidBallot({ kind: 'blank' }, ctx)).not.toThrow();
  });
});

describe('quorum', () => {
  it('5 of 9 present is below 2/3: nobody elected, the minutes say why', () => {
    const r = tallyRound(input({ present: 5, ballots: times(5, pick('A')) }));
    expect(r.quorum).toMatchObject({ required: 6, met: false });
    expect(r.outcome).toEqual({ kind: 'quorumNotMet' });
    expect(r.electedIds).toEqual([]);
    expect(r.conclusion).toMatch(/chưa đạt tối thiểu 6 đơn vị/);
    expectDomainError(() => assertQuorum({ rule: baseRule, members: 9, present: 5 }), 'QUORUM_NOT_MET');
    expect(() => assertQuorum({ rule: baseRule, members: 9, present: 6 })).not.toThrow();
  });

  it('written opinions of absent members count when allowed', () => {
    const allowed = rule({ writtenOpinionsOfAbsentAllowed: true, denominator: 'present' });
    const r = tallyRound(
      input({ rule: allowed, present: 5, ballots: times(5, pick('A')), writtenOpinions: [pick('A')] }),
    );
    expect(r).toMatchObject({ participating: 6, ballotsReceived: 6, writtenOpinionsCounted: 1 });
    expect(r.quorum.met).toBe(true);
    expect(r.denominator.label).toBe('trên tổng số đơn vị thành viên có mặt và có ý kiến bằng văn bản');
    expect(r.electedIds).toEqual(['A']);
    expectDomainError(
      () => tallyRound(input({ present: 5, ballots: [], writtenOpinions: [pick('A')] })),
      'WRITTEN_OPINIONS_NOT_ALLOWED',
    );
  });
});

describe('denominators and comparators', () => {
  // 10 members, 8 present, 8 issued, 7 received (6 valid + 1 invalid); A has 4 votes:
  // 4/10 = 40 %, 4/8 = 50 %, 4/7 = 57,14 %, 4/6 = 66,67 %.
  const ballots = [...times(4, pick('A')), pick('B'), pick('B'), pick('Z')];
  const passes = (over: Partial<VoteRule>) =>
    tallyRound(input({ members: 10, present: 8, ballotsIssued: 8, ballots, rule: rule(over) })).candidates[0];

  it.each([
    ['allMembers', '>', 50, false, '40,00 %'],
    ['present', '>', 50, false, '50,00 %'],
    ['present', '>=', 50, true, '50,00 %'],
    ['ballotsReceived', '>', 50, true, '57,14 %'],
    ['ballotsReceived', '>=', 60, false, '57,14 %'],
    ['validBallots', '>=', 66.67, false, '66,67 %'],
    ['validBallots', '>=', 66.66, true, '66,67 %'],
    ['validBallots', '>', 50, true, '66,67 %'],
    ['allMembers', '>=', 40, true, '40,00 %'],
  ] as const)('%s %s %d → %s', (denominator, comparator, percent, expected, shown) => {
    const a = passes({ denominator, threshold: { percent, comparator } });
    expect(a?.passed).toBe(expected);
    expect(a?.percentText).toBe(shown);
  });

  it('compares exactly: 2/3 is not ≥ 66.67 % but is > 66.66 %', () => {
    const r = (percent: number, comparator: '>' | '>=') =>
      tallyRound(
        input({
          members: 3,
          ballots: [pick('A'), pick('A'), pick('B')],
          rule: rule({ threshold: { percent, comparator } }),
        }),
      ).candidates[0]?.passed;
    expect(r(66.67, '>=')).toBe(false);
    expect(r(66.66, '>')).toBe(true);
  });
});

describe('seats, thresholds and ties', () => {
  it('a missed threshold leaves seats without a proposal', () => {
    const none = tallyRound(
      input({
        ballots: [...times(4, pick('A')), ...times(5, pick('B'))],
        rule: rule({ seats: 1, maxChoices: 1 }),
        voteKind: 'provincialFlag',
      }),
    );
    expect(none.outcome).toEqual({ kind: 'decided', elected: ['B'], noProposalSeats: 0 });
    const r = tallyRound(input({ ballots: [...times(4, pick('A')), ...times(4, pick('B')), pick('C')] }));
    expect(r.outcome).toEqual({ kind: 'noProposal', noProposalSeats: 3 });
    expect(r.conclusion).toMatch(/^Không có đơn vị nào đạt tỷ lệ phiếu trên 50 % trên tổng số phiếu thu về/);
    const two = tallyRound(input({ ballots: times(9, pick('A', 'B')) }));
    expect(two.outcome).toEqual({ kind: 'decided', elected: ['A', 'B'], noProposalSeats: 1 });
    expect(two.conclusion).toMatch(/Còn 1 suất/);
  });

  it('more passing than seats: the top ones by votes', () => {
    const r = tallyRound(
      input({
        ballots: [...times(6, pick('A', 'B', 'C')), ...times(3, pick('A', 'B', 'D'))],
        rule: rule({ seats: 2, maxChoices: 3 }),
      }),
    );
    expect(r.passedIds).toEqual(['A', 'B', 'C']);
    expect(r.electedIds).toEqual(['A', 'B']);
    expect(r.candidates.find((c) => c.unitId === 'C')?.result).toBe('passedNoSeat');
  });

  it('a tie at the seat boundary goes to a runoff among the tied only', () => {
    // seats 2: A 9 is in; B and C tie at 6 for the last seat; D 5 passes but is out of the runoff.
    const first = input({
      rule: rule({ seats: 2, maxChoices: 3 }),
      ballots: [...times(6, pick('A', 'B', 'C')), ...times(3, pick('A', 'D')), ...[]],
    });
    const r = tallyRound(first);
    expect(r.outcome).toEqual({ kind: 'runoff', elected: ['A'], candidates: ['B', 'C'], seatsToFill: 1 });
    expect(r.conclusion).toMatch(/Đơn vị B và Đơn vị C bằng phiếu nhau \(6 phiếu\); tiến hành bỏ phiếu lại/);
    const next = buildRunoffRound(first, r);
    expect(next).toMatchObject({ roundNumber: 2, seats: 1, maxChoices: 1, ballots: [] });
    expect(next.candidates.map((c) => c.unitId)).toEqual(['B', 'C']);
    const second = tallyRound({ ...next, ballots: [...times(6, pick('C')), ...times(3, pick('B'))] });
    expect(second.outcome).toEqual({ kind: 'decided', elected: ['C'], noProposalSeats: 0 });
    expect(electedAcrossRounds([r, second])).toEqual(['A', 'C']);
    // Voting for A again in the runoff is off the list.
    expect(tallyRound({ ...next, ballots: [pick('A')] }).invalidByReason.offList).toBe(1);
    expectDomainError(() => buildRunoffRound(next, second), 'NO_RUNOFF_NEEDED');
  });

  it('rankByScore breaks the tie with the ranking score', () => {
    const candidates = [
      { unitId: 'A', name: 'A', score: 95 },
      { unitId: 'B', name: 'B', score: 97.5 },
    ];
    const r = tallyRound(
      input({
        candidates,
        rule: rule({
          seats: 1,
          maxChoices: 1,
          tiePolicy: 'rankByScore',
          threshold: { percent: 50, comparator: '>=' },
        }),
        ballots: [...times(5, pick('A')), ...times(5, pick('B'))],
        members: 10,
      }),
    );
    expect(r.outcome).toEqual({ kind: 'decided', elected: ['B'], noProposalSeats: 0 });
  });

  it('rankByScore with equal scores falls back to a runoff; missing scores are refused', () => {
    const same = [
      { unitId: 'A', score: 95 },
      { unitId: 'B', score: 95 },
    ];
    const ballots = [...times(5, pick('A')), ...times(5, pick('B'))];
    const byScore = rule({
      seats: 1,
      maxChoices: 1,
      tiePolicy: 'rankByScore',
      threshold: { percent: 50, comparator: '>=' },
    });
    const r = tallyRound(input({ candidates: same, rule: byScore, ballots, members: 10 }));
    expect(r.outcome.kind).toBe('runoff');
    expectDomainError(
      () => tallyRound(input({ candidates: cands('A', 'B'), rule: byScore, ballots, members: 10 })),
      'TIE_SCORES_MISSING',
    );
  });

  it('chairDecides returns the tied set, then records the chair choice', () => {
    const r = tallyRound(
      input({
        rule: rule({
          seats: 1,
          maxChoices: 1,
          tiePolicy: 'chairDecides',
          threshold: { percent: 50, comparator: '>=' },
        }),
        members: 10,
        ballots: [...times(5, pick('A')), ...times(5, pick('B'))],
      }),
    );
    expect(r.outcome).toEqual({ kind: 'chairDecides', elected: [], candidates: ['A', 'B'], seatsToFill: 1 });
    expect(r.conclusion).toMatch(/chủ trì Hội nghị quyết định/);
    const decided = applyChairDecision(r, ['B']);
    expect(decided.outcome).toEqual({ kind: 'decided', elected: ['B'], noProposalSeats: 0 });
    expect(decided.candidates.find((c) => c.unitId === 'B')?.result).toBe('elected');
    expectDomainError(() => applyChairDecision(r, ['A', 'B']), 'INVALID_INPUT');
    expectDomainError(() => applyChairDecision(r, ['C']), 'INVALID_INPUT');
    expectDomainError(() => applyChairDecision(decided, ['B']), 'WRONG_PHASE');
  });
});

describe('refused inputs', () => {
  it.each([
    ['no members', { members: 0, ballots: [] }, 'INVALID_INPUT'],
    ['more present than members', { members: 9, present: 10, ballots: [] }, 'INVALID_INPUT'],
    ['more ballots issued than present', { present: 8, ballotsIssued: 9, ballots: [] }, 'INVALID_INPUT'],
    [
      'more received than issued',
      { ballotsIssued: 2, ballots: times(3, pick('A')) },
      'BALLOT_COUNT_MISMATCH',
    ],
    ['duplicate candidates', { candidates: cands('A', 'A'), ballots: [] }, 'INVALID_INPUT'],
    ['zero seats', { seats: 0, ballots: [] }, 'INVALID_INPUT'],
    [
      'more written opinions than absentees',
      {
        present: 8,
        writtenOpinions: [pick('A'), pick('A')],
        rule: rule({ writtenOpinionsOfAbsentAllowed: true }),
        ballots: [],
      },
      'INVALID_INPUT',
    ],
  ] as const)('%s → %s', (_label, over, code) => {
    expectDomainError(() => tallyRound(input(over as never)), code);
  });
});
