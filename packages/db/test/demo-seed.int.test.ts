import {
  buildCandidateList,
  computeDemoCycle2022,
  demoDataset,
  roles as everyRole,
  nameAt,
  parseRuleSet,
  parseScoringTemplate,
  unitById,
} from '@thidua/domain';
import type {} from '@thidua/vitest-setup/context';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import {
  findUserByUsername,
  getScoringTemplate,
  loadOrganisation,
  loadRoleGrants,
  seedDemoData,
  verifyPassword,
} from '../src';
import * as s from '../src/schema';
import { createTestDatabase, type TestDatabase } from '../src/testing';
import { recomputeConference } from './fixtures';

const FAST_SCRYPT = { N: 1024, r: 8, p: 1 };
const cycleId = demoDataset.cycle2022.cycle.id;
let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase(inject('databaseAdminUrl'));
  // Two processes booting together: the advisory lock lets exactly one of them seed.
  const results = await Promise.all([
    seedDemoData(t.db, { scrypt: FAST_SCRYPT }),
    seedDemoData(t.db, { scrypt: FAST_SCRYPT }),
  ]);
  expect(results.map((r) => r.seeded).sort()).toEqual([false, true]);
});
afterAll(() => t?.drop());

/** Recomputes the 2022 conference from what the database holds, through the domain functions only. */
async function recompute2022() {
  const [ruleRow] = await t.db
    .select()
    .from(s.ruleSets)
    .where(eq(s.ruleSets.id, demoDataset.cycle2022.cycle.ruleSetId));
  const ruleSet = parseRuleSet(ruleRow?.body);
  const { org, sheets, session, ranking, rounds, tallies } = await recomputeConference(
    t.db,
    cycleId,
    ruleSet,
  );
  const nameOf = (id: string) => nameAt(unitById(org.units, id).names, session?.heldOn ?? '');
  const flags = await t.db
    .select()
    .from(s.unitEligibilityFlags)
    .where(eq(s.unitEligibilityFlags.cycleId, cycleId));
  const statuses = sheets.map((x) => ({
    unitId: x.unitId,
    flags: flags.filter((f) => f.unitId === x.unitId).map((f) => f.code),
  }));
  return { ranking, statuses, ruleSet, nameOf, rounds, tallies };
}

describe('demo data', () => {
  test('loads once: a second seed does nothing', async () => {
    expect(await seedDemoData(t.db, { scrypt: FAST_SCRYPT })).toEqual({ seeded: false });
    const units = await t.db.select().from(s.units);
    expect(units).toHaveLength(demoDataset.units.length);
  });

  test('stores inputs only: no tally, nomination or decision for 2022', async () => {
    const rounds = await t.db.select().from(s.voteRounds);
    expect(rounds).toHaveLength(4);
    expect(rounds.map((r) => [r.status, r.tally])).toEqual(rounds.map(() => ['closed', null]));
    expect(await t.db.select().from(s.nominations)).toHaveLength(0);
    expect(await t.db.select().from(s.decisions)).toHaveLength(0);
    expect(await t.db.select().from(s.ballots)).toHaveLength(36);
    expect(await t.db.select().from(s.ballotReceipts)).toHaveLength(36);
  });

  test('reproduces the 2022 outcome through the domain functions', async () => {
    const { ranking, statuses, ruleSet, nameOf, rounds, tallies } = await recompute2022();
    // The stored candidate lists are what the domain derives from the stored scores.
    const stored = (kind: string) => rounds.find((r) => r.voteKind === kind)?.candidates;
    expect(stored('provincialFlag')).toEqual(
      buildCandidateList({ award: 'provincialFlag', ranking, statuses, ruleSet, nameOf }).candidates,
    );
    expect(tallies.provincialFlag?.electedIds).toEqual(['u-ttt']); // Thanh tra tỉnh → Cờ thi đua
    expect(new Set(tallies.certificateOfMerit?.electedIds)).toEqual(new Set(['u-bchqs', 'u-stp'])); // Bằng khen
    expect(tallies.blocHead?.electedIds).toEqual(['u-ttt']); // Trưởng Khối 2023
    expect(tallies.blocDeputy?.electedIds).toEqual(['u-cat']); // Phó Khối 2023

    const expected = computeDemoCycle2022();
    expect(ranking.map((r) => [r.unitId, r.total])).toEqual(expected.ranking.map((r) => [r.unitId, r.total]));
    for (const kind of ['provincialFlag', 'certificateOfMerit', 'blocHead', 'blocDeputy'] as const) {
      expect(tallies[kind]).toEqual(expected.tallies[kind]);
    }
    const [leadership] = await t.db.select().from(s.blocLeaderships).where(eq(s.blocLeaderships.year, 2023));
    expect([leadership?.headUnitId, leadership?.deputyUnitId]).toEqual([
      expected.leadership2023.headUnitId,
      expected.leadership2023.deputyUnitId,
    ]);
  });

  test('organisation round-trips in the domain shapes (names over time, lineage)', async () => {
    const org = await loadOrganisation(t.db);
    const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(org.units)).toEqual(byId(demoDataset.units));
    expect(byId(org.provinces)).toEqual(byId(demoDataset.provinces));
    expect(org.blocs).toEqual([demoDataset.bloc]);
    expect(org.orgEvents).toHaveLength(demoDataset.orgEvents.length);
    const template = await getScoringTemplate(t.db, demoDataset.cycle2023.cycle.id);
    expect(template?.template).toEqual(parseScoringTemplate(demoDataset.templates[2023]));
  });

  test('users for every role can log in with the demo password', async () => {
    const roles = new Set<string>();
    for (const demo of demoDataset.users) {
      const user = await findUserByUsername(t.db, demo.username);
      expect(user, demo.username).toBeDefined();
      for (const g of await loadRoleGrants(t.db, user?.id ?? '')) roles.add(g.role);
    }
    expect(roles).toEqual(new Set(everyRole));
    const admin = await findUserByUsername(t.db, 'ADMIN');
    expect(await verifyPassword(demoDataset.demoPassword, admin?.passwordHash ?? '')).toBe(true);
    expect(await verifyPassword('wrong', admin?.passwordHash ?? '')).toBe(false);
  });
});
