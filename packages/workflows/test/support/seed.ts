/**
 * The rows the cycle workflow needs to exist (foreign keys): the demo province, bloc, units, user
 * accounts, the people who sign the records, the 2023 rule set and the open 2023 cycle row as the API
 * would have created it.
 * Kept minimal on purpose: the workflow itself writes everything else.
 */
import { addOfficial, type Db, hashPassword, schema } from '@thidua/db';
import { type DatedName, demoDataset, normalizeStrings } from '@thidua/domain';

const named = (n: DatedName) => ({
  name: n.name,
  shortName: n.shortName ?? null,
  validFrom: n.validFrom,
  validTo: n.validTo ?? null,
  note: n.note ?? null,
});

export async function seedCycleFixtures(db: Db): Promise<void> {
  const d = normalizeStrings(demoDataset);
  const hash = await hashPassword(d.demoPassword, { N: 2 ** 10, r: 8, p: 1 });
  await db.transaction(async (tx) => {
    await tx.insert(schema.provinces).values(d.provinces.map((p) => ({ id: p.id, code: p.code })));
    await tx
      .insert(schema.provinceNames)
      .values(
        d.provinces.flatMap((p) => [
          ...p.names.map((n) => ({ provinceId: p.id, kind: 'name' as const, ...named(n) })),
          ...p.placeNames.map((n) => ({ provinceId: p.id, kind: 'placeName' as const, ...named(n) })),
        ]),
      );
    await tx.insert(schema.units).values(
      d.units.map((u) => ({
        id: u.id,
        provinceId: u.provinceId,
        code: u.code,
        validFrom: u.validFrom,
        validTo: u.validTo ?? null,
      })),
    );
    await tx
      .insert(schema.unitNames)
      .values(d.units.flatMap((u) => u.names.map((n) => ({ unitId: u.id, ...named(n) }))));
    await tx
      .insert(schema.blocs)
      .values({ id: d.bloc.id, provinceId: d.bloc.provinceId, issuerCode: d.bloc.issuerCode });
    await tx.insert(schema.blocNames).values(d.bloc.names.map((n) => ({ blocId: d.bloc.id, ...named(n) })));
    for (const official of d.officials) await addOfficial(tx, official);
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
