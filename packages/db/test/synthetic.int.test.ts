import { computeDemoCycle2022 } from '@thidua/domain';
import type {} from '@thidua/vitest-setup/context';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { seedSyntheticData } from '../src';
import * as s from '../src/schema';
import { createTestDatabase, type TestDatabase } from '../src/testing';
import { recomputeConference } from './fixtures';

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
    const [ruleSet] = await t.db.select().from(s.ruleSets).where(eq(s.ruleSets.id, cycle.ruleSetId));
    if (!ruleSet) throw new Error('missing rule set');
    const { sheets, ranking, rounds, tallies } = await recomputeConference(t.db, cycle.id, ruleSet.body);
    expect(sheets).toHaveLength(5);
    expect(ranking).toHaveLength(5);
    expect(rounds).toHaveLength(4);
    for (const tally of Object.values(tallies)) expect(tally.ballotsReceived).toBe(5);
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
