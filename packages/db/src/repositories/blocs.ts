/** Changes to emulation blocs: dated names, and each year's members and leadership. */
import { addDays, type IsoDate } from '@thidua/domain';
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { withDbErrors } from '../errors';
import { blocLeaderships, blocMemberships, blocNames, blocs } from '../schema';
import { type NewName, nameColumns } from './names';

async function insertName(tx: DbOrTx, blocId: string, name: NewName): Promise<void> {
  await withDbErrors(() => tx.insert(blocNames).values({ blocId, ...nameColumns(name) }));
}

/** A new bloc with its first name; a taken issuer code is DUPLICATE_ENTRY. Returns its id. */
export async function createBloc(
  tx: DbOrTx,
  input: NewName & { provinceId: string; issuerCode: string },
): Promise<string> {
  const [bloc] = await withDbErrors(() =>
    tx
      .insert(blocs)
      .values({ provinceId: input.provinceId, issuerCode: input.issuerCode })
      .returning({ id: blocs.id }),
  );
  const id = (bloc as { id: string }).id;
  await insertName(tx, id, input);
  return id;
}

/**
 * A rename keeps the bloc (its id and history): the current name (the one valid from `currentFrom`,
 * if any) stays valid up to the day before.
 */
export async function renameBloc(
  tx: DbOrTx,
  input: NewName & { blocId: string; currentFrom: IsoDate | undefined },
): Promise<void> {
  if (input.currentFrom !== undefined) {
    await tx
      .update(blocNames)
      .set({ validTo: addDays(input.validFrom, -1) })
      .where(and(eq(blocNames.blocId, input.blocId), eq(blocNames.validFrom, input.currentFrom)));
  }
  await insertName(tx, input.blocId, input);
}

/** Replaces a year's member units; the year's leadership goes with the old membership. */
export async function setBlocMembers(
  tx: DbOrTx,
  input: { blocId: string; year: number; unitIds: readonly string[] },
): Promise<void> {
  const ofYear = (t: typeof blocLeaderships | typeof blocMemberships) =>
    and(eq(t.blocId, input.blocId), eq(t.year, input.year));
  await tx.delete(blocLeaderships).where(ofYear(blocLeaderships));
  await tx.delete(blocMemberships).where(ofYear(blocMemberships));
  if (input.unitIds.length > 0) {
    await withDbErrors(() =>
      tx
        .insert(blocMemberships)
        .values(input.unitIds.map((unitId) => ({ blocId: input.blocId, unitId, year: input.year }))),
    );
  }
}

/** The year's head and deputy units (replacing the ones set before). */
export async function setBlocLeadership(
  tx: DbOrTx,
  input: { blocId: string; year: number; headUnitId: string; deputyUnitId: string | null },
): Promise<void> {
  await withDbErrors(() =>
    tx
      .insert(blocLeaderships)
      .values(input)
      .onConflictDoUpdate({
        target: [blocLeaderships.blocId, blocLeaderships.year],
        set: { headUnitId: input.headUnitId, deputyUnitId: input.deputyUnitId },
      }),
  );
}
