/** Changes to member units over time: a unit is never rewritten, its history is dated rows. */
import { randomUUID } from 'node:crypto';
import { addDays, type IsoDate } from '@thidua/domain';
import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { withDbErrors } from '../errors';
import { unitLineage, unitNames, units } from '../schema';
import { type NewName, nameColumns } from './names';

/** A new unit with its first name; a taken code is DUPLICATE_ENTRY. Returns its id. */
export async function createUnit(
  tx: DbOrTx,
  input: NewName & { provinceId: string; code: string },
): Promise<string> {
  const [unit] = await withDbErrors(() =>
    tx
      .insert(units)
      .values({ provinceId: input.provinceId, code: input.code, validFrom: input.validFrom })
      .returning({ id: units.id }),
  );
  const id = (unit as { id: string }).id;
  await insertName(tx, id, input);
  return id;
}

async function insertName(tx: DbOrTx, unitId: string, name: NewName): Promise<void> {
  await withDbErrors(() => tx.insert(unitNames).values({ unitId, ...nameColumns(name) }));
}

/**
 * A rename keeps the unit and its history: the current name (the one valid from `currentFrom`) ends
 * the day before, the new one starts, and a 'rename' lineage edge records the event.
 */
export async function renameUnit(
  tx: DbOrTx,
  input: NewName & { unitId: string; currentFrom: IsoDate; note?: string | undefined },
): Promise<void> {
  await tx
    .update(unitNames)
    .set({ validTo: addDays(input.validFrom, -1) })
    .where(and(eq(unitNames.unitId, input.unitId), eq(unitNames.validFrom, input.currentFrom)));
  await insertName(tx, input.unitId, input);
  await tx.insert(unitLineage).values({
    eventId: randomUUID(),
    kind: 'rename',
    date: input.validFrom,
    fromUnitId: input.unitId,
    toUnitId: input.unitId,
    note: input.note ?? null,
  });
}

/** The merged units end the day before `date`; lineage edges keep their history reachable from the successor. */
export async function mergeUnits(
  tx: DbOrTx,
  input: { fromUnitIds: readonly string[]; intoUnitId: string; date: IsoDate; note?: string | undefined },
): Promise<void> {
  await tx
    .update(units)
    .set({ validTo: addDays(input.date, -1) })
    .where(inArray(units.id, [...input.fromUnitIds]));
  const eventId = randomUUID();
  await tx.insert(unitLineage).values(
    input.fromUnitIds.map((fromUnitId) => ({
      eventId,
      kind: 'merge' as const,
      date: input.date,
      fromUnitId,
      toUnitId: input.intoUnitId,
      note: input.note ?? null,
    })),
  );
}
