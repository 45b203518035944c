/**
 * The rows the cycle workflow needs to exist (foreign keys): the demo province, bloc, units, user
 * accounts, the people who sign the records, the 2023 rule set and the open 2023 cycle row as the API
 * would have created it.
 * Kept minimal on purpose: the workflow itself writes everything else.
 */
import { type Db, hashPassword, insertOrgStructure, schema } from '@thidua/db';
import { demoDataset, normalizeStrings } from '@thidua/domain';

export async function seedCycleFixtures(db: Db): Promise<void> {
  const d = normalizeStrings(demoDataset);
  const hash = await hashPassword(d.demoPassword, { N: 2 ** 10, r: 8, p: 1 });
  await db.transaction(async (tx) => {
    // Memberships and leaderships are the workflow's to write; the merger of 2025 is needed for the
    // names a record dated today carries.
    await insertOrgStructure(tx, {
      provinces: d.provinces,
      units: d.units,
      blocs: [d.bloc],
      memberships: [],
      leaderships: [],
      orgEvents: d.orgEvents,
      officials: d.officials,
    });
    await tx.insert(schema.users).values(
      d.users.map((u) => ({
        username: u.username.toLowerCase(),
        passwordHash: hash,
        displayName: u.displayName,
      })),
    );
    const rules = d.ruleSets[2023];
    await tx
      .insert(schema.ruleSets)
      .values({ id: rules.id, provinceId: rules.provinceId, year: rules.year, body: rules });
    await tx.insert(schema.ruleSetVersions).values({ ruleSetId: rules.id, version: 1, body: rules });
    const cycle = d.cycle2023.cycle;
    await tx.insert(schema.cycles).values({
      id: cycle.id,
      blocId: cycle.blocId,
      year: cycle.year,
      workflowId: `cycle-${cycle.id}`,
      calendar: cycle.calendar,
      ruleSetId: cycle.ruleSetId,
    });
  });
}
