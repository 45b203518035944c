import type {
  Bloc,
  BlocLeadership,
  BlocMembership,
  Official,
  OrgEvent,
  Province,
  Unit,
} from '@thidua/domain';
import type { PgTable } from 'drizzle-orm/pg-core';
import { bulkInsert } from '../bulk';
import type { Tx } from '../client';
import {
  blocRows,
  leadershipRow,
  membershipRows,
  officialRow,
  orgEventRows,
  provinceRows,
  unitRows,
} from '../rows';
import type { Insert } from '../rows/insert';
import * as s from '../schema';

export interface OrgStructure {
  provinces: Province[];
  units: Unit[];
  blocs: Bloc[];
  memberships: BlocMembership[];
  leaderships: BlocLeadership[];
  orgEvents?: OrgEvent[];
  /** The people who sign the records (heads, UBND chairmen, bloc secretaries). */
  officials?: Official[];
}

/** Provinces, units and blocs with their dated names, memberships, leaderships, lineage and office holders. */
export async function insertOrgStructure(tx: Tx, org: OrgStructure): Promise<void> {
  await insertWithNames(tx, s.provinces, s.provinceNames, org.provinces.map(provinceRows));
  await insertWithNames(tx, s.units, s.unitNames, org.units.map(unitRows));
  await insertWithNames(tx, s.blocs, s.blocNames, org.blocs.map(blocRows));
  await bulkInsert(tx, s.blocMemberships, org.memberships.flatMap(membershipRows));
  await bulkInsert(tx, s.blocLeaderships, org.leaderships.map(leadershipRow));
  const edges = (org.orgEvents ?? []).map(orgEventRows);
  const unitEdges = edges.flatMap((e) => e.units);
  const provinceEdges = edges.flatMap((e) => e.provinces);
  await bulkInsert(tx, s.unitLineage, unitEdges);
  await bulkInsert(tx, s.provinceLineage, provinceEdges);
  await bulkInsert(tx, s.officials, (org.officials ?? []).map(officialRow));
}

/** Rows first, then their dated names (which reference them). */
async function insertWithNames<T extends PgTable, N extends PgTable>(
  tx: Tx,
  table: T,
  namesTable: N,
  entities: readonly { row: Insert<T>; names: Insert<N>[] }[],
): Promise<void> {
  const rows = entities.map((e) => e.row);
  const names = entities.flatMap((e) => e.names);
  await bulkInsert(tx, table, rows);
  await bulkInsert(tx, namesTable, names);
}
