import { computeDemoCycle2022, rankUnits, tallyRound, unitById } from '@thidua/domain';
import type {} from '@thidua/vitest-setup/context';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import {
  getScoringTemplate,
  loadOrganisation,
  loadScoreSheets,
  loadTallyInput,
  seedSyntheticData,
} from '../src';
import * as s from '../src/schema';
import { createTestDatabase, type TestDatabase } from '../src/testing';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase(inject('databaseAdminUrl'));
});
afterAll(() => t?.drop());

describe('synthetic dataset', () => {
  test('bulk-loads a small dataset whose stored inputs the domain can rank and tally', async () => {
    const options = { provinces: 2, blocsPerProvince: 2, unitsPerBloc: 5, years: 2, seed: 7 };
    const result = await seedSyntheticData(t.db, options);
    expect(result).toMatchObject({ provinces: 2, units: 20, cycles: 8 });
    expect((await t.db.select({ n: count() }).from(s.units))[0]?.n).toBe(20);
    expect((await t.db.select({ n: count() }).from(s.ballots))[0]?.n).toBe(result.ballots);
    expect((await t.db.select({ n: count() }).from(s.ballotReceipts))[0]?.n).toBe(result.ballots);

    const [cycle] = await t.db.select().from(s.cycles).where(eq(s.cycles.status, 'closed')).limit(1);
    if (!cycle) throw new Error('no closed cycle');
    const template = (await getScoringTemplate(t.db, cycle.id))?.template;
    const org = await loadOrganisation(t.db);
    const sheets = await loadScoreSheets(t.db, cycle.id);
    expect(sheets).toHaveLength(5);
    const [ruleSet] = await t.db.select().from(s.ruleSets).where(eq(s.ruleSets.id, cycle.ruleSetId));
    if (!template || !ruleSet) throw new Error('missing template or rule set');
    const ranking = rankUnits(
      template,
      sheets.map((sheet) => ({
        unitId: sheet.unitId,
        unitCode: unitById(org.units, sheet.unitId).code,
        sheet,
      })),
      'reviewed',
      ruleSet.body,
    );
    expect(ranking).toHaveLength(5);
    const [session] = await t.db
      .select()
      .from(s.conferenceSessions)
      .where(eq(s.conferenceSessions.cycleId, cycle.id));
    const rounds = await t.db
      .select()
      .from(s.voteRounds)
      .where(eq(s.voteRounds.sessionId, session?.id ?? ''));
    expect(rounds).toHaveLength(4);
    for (const round of rounds) {
      const tally = tallyRound(await loadTallyInput(t.db, round.id));
      expect(tally.ballotsReceived).toBe(5);
    }
    // The demo and the synthetic loads live side by side (different ids).
    expect(computeDemoCycle2022().proposals.length).toBeGreaterThan(0);
  });

  test.runIf(process.env.THIDUA_BENCH === '1')(
    'benchmark: 34 provinces × 20 blocs × 10 units × 3 years',
    async () => {
      const bench = await createTestDatabase(inject('databaseAdminUrl'));
      try {
        const result = await seedSyntheticData(bench.db, {
          provinces: 34,
          blocsPerProvince: 20,
          unitsPerBloc: 10,
          years: 3,
          seed: 2023,
        });
        console.log('synthetic load', result);
        expect(result.units).toBe(6800);
      } finally {
        await bench.drop();
      }
    },
    600_000,
  );
});
