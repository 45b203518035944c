import { createActivities, type StepRecord } from '@thidua/activities';
import { recordBallot, schema } from '@thidua/db';
import { demoRuleSet } from '@thidua/domain';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { calendarFromNow, SEEDED_RULE_SET, UNITS } from './support/cycle-driver';
import { createHarness, type Harness } from './support/harness';

/** The activities alone, as a retried or replayed worker would call them: nothing is written twice. */
let h: Harness;
let acts: ReturnType<typeof createActivities>;
beforeAll(async () => {
  h = await createHarness('projections', { bundle: false });
  acts = createActivities({ db: h.database.db });
});
afterAll(async () => {
  await h?.close();
});

const cycleId = 'cy-projections-2040';
const calendar = calendarFromNow();
const count = async (query: ReturnType<typeof sql>) =>
  ((await h.api.db.execute(query)).rows[0] as { n: number }).n;

describe('idempotent activities', () => {
  test('initCycle, recordStep and tallyRound write once per key, and projections never move backwards', async () => {
    const init = {
      cycleId,
      workflowId: 'cycle:b-noichinh:2040',
      blocId: 'b-noichinh',
      provinceId: 'p-backan',
      year: 2040,
      ruleSetId: SEEDED_RULE_SET,
      calendar,
      unitIds: [...UNITS],
      leadership: { headUnitId: 'u-ttt', deputyUnitId: 'u-cat' },
    };
    expect(await acts.initCycle(init)).toEqual({ cycleId });
    expect(await acts.initCycle(init)).toEqual({ cycleId });
    expect(await count(sql`select count(*)::int as n from cycles where year = 2040`)).toBe(1);

    const record = (
      seq: number,
      key: string,
      phase: StepRecord['cycle'] extends infer C ? C : never,
    ): StepRecord => ({
      cycleId,
      step: 'phase.enter',
      key,
      seq,
      at: new Date().toISOString(),
      actor: { userId: h.users.get('thanhtra.truongkhoi') as string, role: 'blocHead', blocId: 'b-noichinh' },
      audit: { action: 'cycle.phase', entity: 'cycle', entityId: cycleId },
      cycle: phase,
      notifications: [
        {
          kind: 'test.notice',
          to: { role: 'blocHead', scopeKind: 'bloc', scopeId: 'b-noichinh' },
          dedupeKey: `${key}:n`,
          payload: {},
        },
      ],
    });
    const conference = {
      phase: 'conference' as const,
      phaseEnteredAt: new Date().toISOString(),
      status: 'open' as const,
      calendar,
    };
    const review = { ...conference, phase: 'review' as const };
    expect(await acts.recordStep(record(5, 'k5', conference))).toEqual({ applied: true });
    expect(await acts.recordStep(record(5, 'k5', conference))).toEqual({ applied: false });
    // An older step arriving late (seq 4) is recorded, but does not move the phase back.
    expect(await acts.recordStep(record(4, 'k4', review))).toEqual({ applied: true });
    const [row] = await h.api.db.select().from(schema.cycles).where(eq(schema.cycles.id, cycleId));
    expect(row).toMatchObject({ phase: 'conference', projectionSeq: 5 });
    expect(
      await count(sql`select count(*)::int as n from audit_log where idempotency_key like ${`${cycleId}:%`}`),
    ).toBe(2);
    expect(await count(sql`select count(*)::int as n from notifications where cycle_id = ${cycleId}`)).toBe(
      2,
    );

    // A round with three ballots, tallied twice (a retry after a crash): counted once.
    const ruleSet = demoRuleSet(2040);
    const roundId = `${cycleId}:provincialFlag:1`;
    const sessionId = `${cycleId}:session:1`;
    await acts.recordStep({
      cycleId,
      step: 'openRound',
      key: 'open',
      seq: 6,
      at: new Date().toISOString(),
      effects: [
        {
          kind: 'attendanceRecorded',
          sessionId,
          heldOn: '2040-12-20',
          present: [...UNITS],
          writtenOpinion: [],
          absent: [],
        },
        {
          kind: 'roundOpened',
          sessionId,
          roundId,
          voteKind: 'provincialFlag',
          roundNumber: 1,
          rule: ruleSet.votes.provincialFlag,
          seats: 1,
          maxChoices: 1,
          candidates: [{ unitId: 'u-snv' }, { unitId: 'u-stp' }],
          ballotsIssued: 9,
        },
      ],
    });
    for (const [unitId, choice] of [
      ['u-snv', 'u-stp'],
      ['u-stp', 'u-snv'],
      ['u-ttt', 'u-snv'],
    ] as const) {
      await h.api.db.transaction((tx) =>
        recordBallot(tx, { roundId, unitId, choices: { kind: 'choices', candidateIds: [choice] } }),
      );
    }
    const input = {
      cycleId,
      roundId,
      voteKind: 'provincialFlag' as const,
      roundNumber: 1,
      rule: ruleSet.votes.provincialFlag,
      seats: 1,
      maxChoices: 1,
      members: 9,
      present: 9,
      ballotsIssued: 9,
      candidates: [{ unitId: 'u-snv' }, { unitId: 'u-stp' }],
      presentUnitIds: [...UNITS],
    };
    const first = await acts.tallyRound(input);
    const again = await acts.tallyRound(input);
    expect(again).toEqual(first);
    expect(first.tally.ballotsReceived).toBe(3);
    expect(first.tally.candidates.map((c) => [c.unitId, c.votes])).toEqual([
      ['u-snv', 2],
      ['u-stp', 1],
    ]);
    // Receipts say who voted; the present units without one did not.
    expect(first.receiptUnitIds).toEqual(['u-snv', 'u-stp', 'u-ttt']);
    expect(first.missingVoters).toEqual(UNITS.filter((u) => !['u-snv', 'u-stp', 'u-ttt'].includes(u)).sort());
    // The sealed urn takes no more ballots.
    await expect(
      h.api.db.transaction((tx) =>
        recordBallot(tx, { roundId, unitId: 'u-cat', choices: { kind: 'blank' } }),
      ),
    ).rejects.toMatchObject({ code: 'ROUND_CLOSED' });
  });
});
