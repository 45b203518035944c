import { randomUUID } from 'node:crypto';
import { type DemoDataset, demoDataset, nfc } from '@thidua/domain';
import { sql } from 'drizzle-orm';
import { bulkInsert } from '../bulk';
import type { Db, Tx } from '../client';
import { DEFAULT_SCRYPT, hashPassword, type ScryptParams } from '../passwords';
import { cycleRow, templateRow } from '../rows';
import * as s from '../schema';
import { insertRuleSets } from './cycle-inputs';
import { insertOrgStructure } from './org';

/** Transaction-level advisory lock shared by the seeds: two booting processes never seed twice. */
export const SEED_LOCK_KEY = '116104105100117098';

export interface SeedResult {
  seeded: boolean;
}

/**
 * Loads @thidua/domain's demo dataset (Bắc Kạn Khối thi đua Nội chính: its organisation, people,
 * users for every role, rule sets and criteria tables, the 2022 and 2023 cycles in setup) into an
 * EMPTY database, in one transaction, once. If any province exists it does nothing. The 2022 year
 * itself is entered afterwards like any year, through the workflow, from the demo's facts (the API's
 * import of a past year, run at the first start); nothing of its course is written here.
 */
export async function seedDemoData(
  db: Db,
  options: {
    dataset?: DemoDataset;
    scrypt?: ScryptParams;
    /** The demo password is public: outside the embedded demo, every account must change it first. */
    mustChangePassword?: boolean;
  } = {},
): Promise<SeedResult> {
  const dataset = options.dataset ?? demoDataset;
  // Already seeded (every start after the first): no hashing at all.
  if ((await db.select({ id: s.provinces.id }).from(s.provinces).limit(1)).length > 0)
    return { seeded: false };
  // Hash before the transaction: scrypt is slow on purpose and must not hold locks.
  const hashes = await Promise.all(
    dataset.users.map(() => hashPassword(dataset.demoPassword, options.scrypt ?? DEFAULT_SCRYPT)),
  );
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK_KEY}::bigint)`);
    const existing = await tx.select({ id: s.provinces.id }).from(s.provinces).limit(1);
    if (existing.length > 0) return { seeded: false };
    await insertOrgStructure(tx, { ...dataset, blocs: [dataset.bloc] });
    await insertUsers(tx, dataset, hashes, options.mustChangePassword ?? false);
    await insertCycles(tx, dataset);
    return { seeded: true };
  });
}

async function insertUsers(
  tx: Tx,
  d: DemoDataset,
  hashes: string[],
  mustChangePassword: boolean,
): Promise<void> {
  const users = d.users.map((u, i) => ({
    id: randomUUID(),
    username: nfc(u.username).toLowerCase(),
    passwordHash: hashes[i] as string,
    displayName: nfc(u.displayName),
    active: true,
    mustChangePassword,
  }));
  await bulkInsert(tx, s.users, users);
  const roles = d.users.flatMap((u, i) =>
    u.grants.map((g) => ({
      userId: (users[i] as { id: string }).id,
      role: g.role,
      scopeKind: g.scope.kind,
      unitId: g.scope.kind === 'unit' ? g.scope.unitId : null,
      blocId: g.scope.kind === 'bloc' ? g.scope.blocId : null,
      provinceId: g.scope.kind === 'province' ? g.scope.provinceId : null,
      year: g.year ?? null,
    })),
  );
  await bulkInsert(tx, s.userRoles, roles);
}

async function insertCycles(tx: Tx, d: DemoDataset): Promise<void> {
  await insertRuleSets(tx, Object.values(d.ruleSets));
  const c2022 = d.cycle2022.cycle;
  const c2023 = d.cycle2023.cycle;
  await bulkInsert(tx, s.cycles, [
    cycleRow(c2022, { phase: 'setup', status: 'open' }),
    cycleRow(c2023, { phase: 'setup', status: 'open' }),
  ]);
  await bulkInsert(tx, s.scoringTemplates, [
    templateRow(c2022.id, d.templates[2022]),
    templateRow(c2023.id, d.templates[2023]),
  ]);
}
