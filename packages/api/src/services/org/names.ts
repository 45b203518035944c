import type { DbOrTx } from '@thidua/db';
import { blocNames, unitNames, units } from '@thidua/db/schema';
import { and, asc, desc, inArray, lte } from 'drizzle-orm';

/** Names change over time (renames, merges): each list shows the name in force on `date`. */
export async function unitNamesAt(
  db: DbOrTx,
  unitIds: readonly string[],
  date: string,
): Promise<Map<string, string>> {
  if (unitIds.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([unitNames.unitId], { unitId: unitNames.unitId, name: unitNames.name })
    .from(unitNames)
    .where(and(inArray(unitNames.unitId, [...unitIds]), lte(unitNames.validFrom, date)))
    .orderBy(asc(unitNames.unitId), desc(unitNames.validFrom));
  const names = new Map(rows.map((r) => [r.unitId, r.name]));
  // A unit created after `date` still needs a label: its first name.
  const missing = unitIds.filter((id) => !names.has(id));
  if (missing.length > 0) {
    const first = await db
      .selectDistinctOn([unitNames.unitId], { unitId: unitNames.unitId, name: unitNames.name })
      .from(unitNames)
      .where(inArray(unitNames.unitId, missing))
      .orderBy(asc(unitNames.unitId), asc(unitNames.validFrom));
    for (const r of first) names.set(r.unitId, r.name);
  }
  return names;
}

export async function blocNamesAt(
  db: DbOrTx,
  blocIds: readonly string[],
  date: string,
): Promise<Map<string, string>> {
  if (blocIds.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([blocNames.blocId], {
      blocId: blocNames.blocId,
      name: blocNames.name,
      validFrom: blocNames.validFrom,
    })
    .from(blocNames)
    .where(inArray(blocNames.blocId, [...blocIds]))
    .orderBy(asc(blocNames.blocId), desc(lte(blocNames.validFrom, date)), desc(blocNames.validFrom));
  return new Map(rows.map((r) => [r.blocId, r.name]));
}

export async function unitCodes(db: DbOrTx, unitIds: readonly string[]): Promise<Map<string, string>> {
  if (unitIds.length === 0) return new Map();
  const rows = await db
    .select({ id: units.id, code: units.code })
    .from(units)
    .where(inArray(units.id, [...unitIds]));
  return new Map(rows.map((r) => [r.id, r.code]));
}

/** The date names are shown at for a cycle year: its last day. */
export const yearEnd = (year: number) => `${year}-12-31`;
