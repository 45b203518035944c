import {
  type Bloc,
  type BlocLeadership,
  type BlocMembership,
  type DatedName,
  DomainError,
  type IsoDate,
  type IssuerFacts,
  issuerFactsAt,
  type OrgEvent,
  type Province,
  provinceIdAt,
  provinceNameAt,
  type Unit,
} from '@thidua/domain';
import { and, asc, eq, getTableColumns, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import {
  blocLeaderships,
  blocMemberships,
  blocNames,
  blocs,
  provinceLineage,
  provinceNames,
  provinces,
  unitLineage,
  unitNames,
  units,
} from '../schema';

export interface Organisation {
  provinces: Province[];
  blocs: Bloc[];
  units: Unit[];
  memberships: BlocMembership[];
  leaderships: BlocLeadership[];
  orgEvents: OrgEvent[];
}

interface NameRow {
  name: string;
  shortName: string | null;
  validFrom: string;
  validTo: string | null;
  note: string | null;
}

function datedName(r: NameRow): DatedName {
  return {
    name: r.name,
    validFrom: r.validFrom,
    ...(r.shortName !== null ? { shortName: r.shortName } : {}),
    ...(r.validTo !== null ? { validTo: r.validTo } : {}),
    ...(r.note !== null ? { note: r.note } : {}),
  };
}

const groupBy = <T, K>(rows: readonly T[], key: (r: T) => K): Map<K, T[]> => {
  const map = new Map<K, T[]>();
  for (const r of rows) map.set(key(r), [...(map.get(key(r)) ?? []), r]);
  return map;
};

type BlocRow = typeof blocs.$inferSelect;
type UnitLineageRow = typeof unitLineage.$inferSelect;
type ProvinceLineageRow = typeof provinceLineage.$inferSelect;

/** Provinces (all when `ids` is omitted) with their official and place names. */
async function loadProvinces(db: DbOrTx, ids?: string[]): Promise<Province[]> {
  const rows = await db
    .select()
    .from(provinces)
    .where(ids ? inArray(provinces.id, ids) : undefined);
  if (rows.length === 0) return [];
  const names = groupBy(
    await db
      .select()
      .from(provinceNames)
      .where(
        inArray(
          provinceNames.provinceId,
          rows.map((p) => p.id),
        ),
      )
      .orderBy(asc(provinceNames.validFrom)),
    (r) => `${r.provinceId}:${r.kind}`,
  );
  return rows.map((p) => ({
    id: p.id,
    code: p.code,
    names: (names.get(`${p.id}:name`) ?? []).map(datedName),
    placeNames: (names.get(`${p.id}:placeName`) ?? []).map(datedName),
  }));
}

/** Blocs with their names. */
async function withBlocNames(db: DbOrTx, rows: BlocRow[]): Promise<Bloc[]> {
  const names = groupBy(
    rows.length
      ? await db
          .select()
          .from(blocNames)
          .where(
            inArray(
              blocNames.blocId,
              rows.map((b) => b.id),
            ),
          )
          .orderBy(asc(blocNames.validFrom))
      : [],
    (r) => r.blocId,
  );
  return rows.map((b) => ({
    id: b.id,
    provinceId: b.provinceId,
    issuerCode: b.issuerCode,
    names: (names.get(b.id) ?? []).map(datedName),
  }));
}

/** Lineage rows as the domain's events (one per event, its edges joined). */
function orgEventsOf(unitRows: UnitLineageRow[], provinceRows: ProvinceLineageRow[]): OrgEvent[] {
  const edges = [
    ...unitRows.map((r) => ({ ...r, entity: 'unit' as const, from: r.fromUnitId, to: r.toUnitId })),
    ...provinceRows.map((r) => ({
      ...r,
      entity: 'province' as const,
      from: r.fromProvinceId,
      to: r.toProvinceId,
    })),
  ];
  return [...groupBy(edges, (r) => r.eventId).values()].map((group) => {
    const first = group[0] as (typeof group)[number];
    return {
      kind: first.kind,
      date: first.date,
      entity: first.entity,
      fromIds: [...new Set(group.map((e) => e.from))],
      toIds: [...new Set(group.flatMap((e) => (e.to === null ? [] : [e.to])))],
      ...(first.note !== null ? { note: first.note } : {}),
    };
  });
}

/** The organisation of one province (or all) over time, in the domain's shapes. */
export async function loadOrganisation(db: DbOrTx, provinceId?: string): Promise<Organisation> {
  const provinceList = await loadProvinces(db, provinceId ? [provinceId] : undefined);
  const pIds = provinceList.map((p) => p.id);
  if (pIds.length === 0)
    return { provinces: [], blocs: [], units: [], memberships: [], leaderships: [], orgEvents: [] };
  const uRows = await db.select().from(units).where(inArray(units.provinceId, pIds)).orderBy(asc(units.code));
  const uNames = groupBy(
    await db
      .select(getTableColumns(unitNames))
      .from(unitNames)
      .innerJoin(units, eq(units.id, unitNames.unitId))
      .where(inArray(units.provinceId, pIds))
      .orderBy(asc(unitNames.validFrom)),
    (r) => r.unitId,
  );
  const blocList = await withBlocNames(
    db,
    await db.select().from(blocs).where(inArray(blocs.provinceId, pIds)),
  );
  const bIds = blocList.map((b) => b.id);
  const mRows = bIds.length
    ? await db.select().from(blocMemberships).where(inArray(blocMemberships.blocId, bIds))
    : [];
  const lRows = bIds.length
    ? await db.select().from(blocLeaderships).where(inArray(blocLeaderships.blocId, bIds))
    : [];
  const ulRows = await db
    .select(getTableColumns(unitLineage))
    .from(unitLineage)
    .innerJoin(units, eq(units.id, unitLineage.fromUnitId))
    .where(inArray(units.provinceId, pIds));
  const plRows = await db.select().from(provinceLineage).where(inArray(provinceLineage.fromProvinceId, pIds));

  return {
    provinces: provinceList,
    blocs: blocList,
    units: uRows.map((u) => ({
      id: u.id,
      code: u.code,
      provinceId: u.provinceId,
      validFrom: u.validFrom,
      ...(u.validTo !== null ? { validTo: u.validTo } : {}),
      names: (uNames.get(u.id) ?? []).map(datedName),
    })),
    memberships: [...groupBy(mRows, (m) => `${m.blocId}:${m.year}`).values()].map((ms) => ({
      blocId: (ms[0] as (typeof ms)[number]).blocId,
      year: (ms[0] as (typeof ms)[number]).year,
      unitIds: ms.map((m) => m.unitId),
    })),
    leaderships: lRows.map((l) => ({
      blocId: l.blocId,
      year: l.year,
      headUnitId: l.headUnitId,
      deputyUnitId: l.deputyUnitId,
      ...(l.basis !== null ? { basis: l.basis } : {}),
    })),
    orgEvents: orgEventsOf(ulRows, plRows),
  };
}

/** Member unit ids of a bloc in a year, in unit-code order. */
export async function memberUnitIds(db: DbOrTx, blocId: string, year: number): Promise<string[]> {
  const rows = await db
    .select({ unitId: blocMemberships.unitId })
    .from(blocMemberships)
    .innerJoin(units, eq(units.id, blocMemberships.unitId))
    .where(and(eq(blocMemberships.blocId, blocId), eq(blocMemberships.year, year)))
    .orderBy(asc(units.code));
  return rows.map((r) => r.unitId);
}

/**
 * The province in force at `date` for one that may since have merged into another: only its own
 * history and names are read, never the rest of its organisation (a step's records need no more).
 */
async function provinceInForce(db: DbOrTx, provinceId: string, date: IsoDate): Promise<Province> {
  const lineage = await db
    .select()
    .from(provinceLineage)
    .where(eq(provinceLineage.fromProvinceId, provinceId));
  const id = provinceIdAt(orgEventsOf([], lineage), provinceId, date);
  const [province] = await loadProvinces(db, [id]);
  if (!province) throw new DomainError('NOT_FOUND', `Không tìm thấy tỉnh ${id}.`);
  return province;
}

/** The name of the province (or of its successor after a merger) at `date`, e.g. for a decision's issuer. */
export async function loadProvinceNameAt(db: DbOrTx, provinceId: string, date: IsoDate): Promise<string> {
  return provinceNameAt(await provinceInForce(db, provinceId, date), date);
}

/**
 * The names a bloc's record dated `date` carries (province or its successor, place, bloc), read from
 * the organisation's history. Throws RECORD_FACT_MISSING naming what to enter: the API runs it before
 * accepting a step whose records need it, the record activity runs it again when it builds them.
 */
export async function loadIssuerFacts(
  db: DbOrTx,
  target: { blocId: string; date: IsoDate },
): Promise<IssuerFacts> {
  const [bloc] = await withBlocNames(db, await db.select().from(blocs).where(eq(blocs.id, target.blocId)));
  if (!bloc) throw new DomainError('NOT_FOUND', `Không tìm thấy Khối thi đua ${target.blocId}.`);
  return issuerFactsAt(bloc, await provinceInForce(db, bloc.provinceId, target.date), target.date);
}
