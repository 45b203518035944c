import {
  DomainError,
  type IsoDate,
  nameAt,
  type Official,
  type OfficialPosition,
  type RecordPeople,
  recordPeopleAt,
} from '@thidua/domain';
import { and, asc, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { withDbErrors } from '../errors';
import { officialRow } from '../rows';
import { blocs, officials, unitNames, units } from '../schema';

type OfficialDbRow = typeof officials.$inferSelect;

function toOfficial(r: OfficialDbRow): Official & { id: string } {
  return {
    id: r.id,
    position: r.position,
    orgId: (r.unitId ?? r.provinceId ?? r.blocId) as string,
    fullName: r.fullName,
    title: r.title,
    ...(r.signatureTitle !== null ? { signatureTitle: r.signatureTitle } : {}),
    validFrom: r.validFrom,
    ...(r.validTo !== null ? { validTo: r.validTo } : {}),
    ...(r.note !== null ? { note: r.note } : {}),
  };
}

/** The province an office holder's organisation belongs to (a unit's, a bloc's, or the UBND's own). */
const provinceOf = sql<string>`coalesce(${officials.provinceId}, ${units.provinceId}, ${blocs.provinceId})`;

export interface OfficialListing extends Official {
  id: string;
  provinceId: string;
}

/**
 * Office holders of a province (or all), narrowed to some units when the caller sees only its own;
 * by organisation, position, then start date.
 */
export async function listOfficials(
  db: DbOrTx,
  filter: { provinceId?: string | undefined; unitIds?: readonly string[] | undefined } = {},
): Promise<OfficialListing[]> {
  return listOfficialsWhere(
    db,
    and(
      filter.provinceId ? sql`${provinceOf} = ${filter.provinceId}` : undefined,
      filter.unitIds ? inArray(officials.unitId, [...filter.unitIds]) : undefined,
    ),
  );
}

export async function getOfficial(db: DbOrTx, id: string): Promise<OfficialListing | undefined> {
  const [row] = await listOfficialsWhere(db, eq(officials.id, id));
  return row;
}

async function listOfficialsWhere(db: DbOrTx, where: SQL | undefined): Promise<OfficialListing[]> {
  const rows = await db
    .select({ official: officials, provinceId: provinceOf })
    .from(officials)
    .leftJoin(units, eq(units.id, officials.unitId))
    .leftJoin(blocs, eq(blocs.id, officials.blocId))
    .where(where)
    .orderBy(asc(provinceOf), asc(officials.position), asc(officials.validFrom), asc(officials.id));
  return rows.map((r) => ({ ...toOfficial(r.official), provinceId: r.provinceId }));
}

/**
 * Records a holding. The database refuses an overlap with another holder of a single-holder
 * position (OFFICIAL_OVERLAP), a head without a signature title, a blank or non-NFC text.
 */
export async function addOfficial(db: DbOrTx, official: Official): Promise<{ id: string }> {
  const [row] = await withDbErrors(() =>
    db.insert(officials).values(officialRow(official)).returning({ id: officials.id }),
  );
  return row as { id: string };
}

/** Ends an open holding on `validTo` (inclusive): the person left office that day. */
export async function endOfficial(
  db: DbOrTx,
  input: { id: string; validTo: IsoDate },
): Promise<OfficialListing> {
  const current = await getOfficial(db, input.id);
  if (!current) throw new DomainError('NOT_FOUND', 'Không tìm thấy người giữ chức vụ.', { id: input.id });
  if (current.validTo !== undefined)
    throw new DomainError('INVALID_INPUT', 'Nhiệm kỳ này đã kết thúc.', { id: input.id });
  if (input.validTo < current.validFrom)
    throw new DomainError('INVALID_INPUT', 'Ngày kết thúc không được trước ngày bắt đầu.', {
      id: input.id,
      validFrom: current.validFrom,
    });
  await withDbErrors(() =>
    db
      .update(officials)
      .set({ validTo: input.validTo })
      .where(and(eq(officials.id, input.id), isNull(officials.validTo))),
  );
  return { ...current, validTo: input.validTo };
}

/** Office holders of the given organisations, in the domain's shape (read only). */
export async function loadOfficials(
  db: DbOrTx,
  orgs: { unitIds?: readonly string[]; provinceIds?: readonly string[]; blocIds?: readonly string[] },
  positions?: readonly OfficialPosition[],
): Promise<Official[]> {
  const parts = [
    orgs.unitIds?.length ? inArray(officials.unitId, [...orgs.unitIds]) : undefined,
    orgs.provinceIds?.length ? inArray(officials.provinceId, [...orgs.provinceIds]) : undefined,
    orgs.blocIds?.length ? inArray(officials.blocId, [...orgs.blocIds]) : undefined,
  ].filter((p): p is SQL => p !== undefined);
  if (parts.length === 0) return [];
  const rows = await db
    .select()
    .from(officials)
    .where(and(or(...parts), positions ? inArray(officials.position, [...positions]) : undefined))
    .orderBy(asc(officials.validFrom));
  return rows.map(toOfficial);
}

/**
 * The people a bloc's records need at `date` (the head unit's head, who signs), or
 * PERSON_MISSING naming who is missing and where to enter them. Read only: the record generation
 * and the steps that lead to it call the same function.
 */
export async function loadRecordPeople(
  db: DbOrTx,
  at: { blocId: string; headUnitId: string; date: IsoDate },
): Promise<RecordPeople> {
  const names = await db
    .select()
    .from(unitNames)
    .where(eq(unitNames.unitId, at.headUnitId))
    .orderBy(asc(unitNames.validFrom));
  const people = await loadOfficials(db, { unitIds: [at.headUnitId], blocIds: [at.blocId] }, ['unitHead']);
  const unitName = nameOr(
    () =>
      nameAt(
        names.map((r) => ({
          name: r.name,
          validFrom: r.validFrom,
          ...(r.validTo !== null ? { validTo: r.validTo } : {}),
        })),
        at.date,
      ),
    at.headUnitId,
  );
  return recordPeopleAt(people, { date: at.date, headUnit: { id: at.headUnitId, name: unitName } });
}

/** A name for the message only: a missing name must not hide the missing person. */
function nameOr(fn: () => string, fallback: string): string {
  try {
    return fn();
  } catch {
    return fallback;
  }
}
