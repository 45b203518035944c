import type {
  Bloc,
  BlocLeadership,
  BlocMembership,
  Official,
  OrgEvent,
  Province,
  Unit,
} from '@thidua/domain';
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
  const provinces = org.provinces.map(provinceRows);
  await bulkInsert(
    tx,
    s.provinces,
    provinces.map((p) => p.province),
  );
  await bulkInsert(
    tx,
    s.provinceNames,
    provinces.flatMap((p) => p.names),
  );
  const units = org.units.map(unitRows);
  await bulkInsert(
    tx,
    s.units,
    units.map((u) => u.unit),
  );
  await bulkInsert(
    tx,
    s.unitNames,
    units.flatMap((u) => u.names),
  );
  const blocs = org.blocs.map(blocRows);
  await bulkInsert(
    tx,
    s.blocs,
    blocs.map((b) => b.bloc),
  );
  await bulkInsert(
    tx,
    s.blocNames,
    blocs.flatMap((b) => b.names),
  );
  await bulkInsert(tx, s.blocMemberships, org.memberships.flatMap(membershipRows));
  await bulkInsert(tx, s.blocLeaderships, org.leaderships.map(leadershipRow));
  const events = (org.orgEvents ?? []).map(orgEventRows);
  await bulkInsert(
    tx,
    s.unitLineage,
    events.flatMap((e) => e.units),
  );
  await bulkInsert(
    tx,
    s.provinceLineage,
    events.flatMap((e) => e.provinces),
  );
  await bulkInsert(tx, s.officials, (org.officials ?? []).map(officialRow));
}
