import { demoDataset, roles as everyRole, parseRuleSet, parseScoringTemplate } from '@thidua/domain';
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

describe('demo data', () => {
  test('loads once: a second seed does nothing', async () => {
    expect(await seedDemoData(t.db, { scrypt: FAST_SCRYPT })).toEqual({ seeded: false });
    const units = await t.db.select().from(s.units);
    expect(units).toHaveLength(demoDataset.units.length);
  });

  test('seeds the years before their course: each is entered through the workflow, never written here', async () => {
    const years = await t.db.select().from(s.cycles);
    expect(years.map((c) => [c.year, c.phase, c.status]).sort()).toEqual([
      [2022, 'setup', 'open'],
      [2023, 'setup', 'open'],
    ]);
    // Rule sets and criteria tables are ready for the plan to be adopted; nothing else of a year.
    const template2022 = await getScoringTemplate(t.db, cycleId);
    expect(template2022?.template).toEqual(parseScoringTemplate(demoDataset.templates[2022]));
    expect(template2022?.locked).toBe(false);
    const [rules] = await t.db
      .select()
      .from(s.ruleSets)
      .where(eq(s.ruleSets.id, demoDataset.cycle2022.cycle.ruleSetId));
    expect(parseRuleSet(rules?.body)).toEqual(parseRuleSet(demoDataset.ruleSets[2022]));
    for (const table of [
      s.selfAssessments,
      s.voteRounds,
      s.ballots,
      s.ballotReceipts,
      s.nominations,
      s.decisions,
    ])
      expect(await t.db.select().from(table)).toHaveLength(0);
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
