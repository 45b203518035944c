import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  check,
  date,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  unique,
} from 'drizzle-orm/pg-core';
import { isNfc, notBlank, requiredRef, textId, validRange, yearInRange } from './columns';
import { orgEventKindEnum, provinceNameKindEnum } from './enums';

/** Organisation over time: names, composition and leadership are dated data, never constants. */

/** The columns of an official name valid over a date range. */
const datedName = () => ({
  name: text('name').notNull(),
  shortName: text('short_name'),
  validFrom: date('valid_from').notNull(),
  validTo: date('valid_to'),
  note: text('note'),
});

interface DatedNameColumns {
  name: AnyPgColumn;
  shortName: AnyPgColumn;
  validFrom: AnyPgColumn;
  validTo: AnyPgColumn;
}

function datedNameChecks(table: string, t: DatedNameColumns) {
  return [
    check(`${table}_range`, validRange(t.validFrom, t.validTo)),
    check(`${table}_nfc`, sql`${isNfc(t.name)} and (${t.shortName} is null or ${isNfc(t.shortName)})`),
    check(`${table}_not_blank`, notBlank(t.name)),
  ];
}

/** The columns every edge of an organisational event has, whatever it links. */
const lineageEvent = () => ({
  id: textId(),
  eventId: text('event_id').notNull(),
  kind: orgEventKindEnum('kind').notNull(),
  date: date('date').notNull(),
});

/** One edge per (event, from, to); only a dissolution has no target. */
function lineageConstraints(
  table: string,
  t: { eventId: AnyPgColumn; kind: AnyPgColumn },
  from: AnyPgColumn,
  to: AnyPgColumn,
) {
  return [
    unique(`${table}_edge`).on(t.eventId, from, to).nullsNotDistinct(),
    check(`${table}_target`, sql`(${t.kind} = 'dissolve') = (${to} is null)`),
  ];
}

export const provinces = pgTable(
  'provinces',
  {
    id: textId(),
    code: text('code').notNull().unique(),
  },
  (t) => [check('provinces_code_nfc', isNfc(t.code)), check('provinces_code_not_blank', notBlank(t.code))],
);

/** Official names and the place names of the ND 30 date line ("Bắc Kạn, ngày …"), each dated. */
export const provinceNames = pgTable(
  'province_names',
  {
    provinceId: requiredRef('province_id', () => provinces.id, { onDelete: 'cascade' }),
    kind: provinceNameKindEnum('kind').notNull(),
    ...datedName(),
  },
  (t) => [
    primaryKey({ columns: [t.provinceId, t.kind, t.validFrom] }),
    ...datedNameChecks('province_names', t),
  ],
);

export const units = pgTable(
  'units',
  {
    id: textId(),
    provinceId: requiredRef('province_id', () => provinces.id),
    /** Short code, stable across renames. */
    code: text('code').notNull(),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
  },
  (t) => [
    unique('units_province_code').on(t.provinceId, t.code),
    check('units_range', validRange(t.validFrom, t.validTo)),
    check('units_code_nfc', isNfc(t.code)),
  ],
);

export const unitNames = pgTable(
  'unit_names',
  {
    unitId: requiredRef('unit_id', () => units.id, { onDelete: 'cascade' }),
    ...datedName(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.validFrom] }), ...datedNameChecks('unit_names', t)],
);

/**
 * One row per (from → to) edge of an organisational event; a merge of A and B into C is two rows
 * sharing `event_id`. A dissolution has no `to`; a rename keeps the id (from = to).
 */
export const unitLineage = pgTable(
  'unit_lineage',
  {
    ...lineageEvent(),
    fromUnitId: requiredRef('from_unit_id', () => units.id),
    toUnitId: text('to_unit_id').references(() => units.id),
    note: text('note'),
  },
  (t) => [
    ...lineageConstraints('unit_lineage', t, t.fromUnitId, t.toUnitId),
    index('unit_lineage_to_idx').on(t.toUnitId),
  ],
);

/** Provinces merge too (Bắc Kạn + Thái Nguyên → Thái Nguyên, 2025). */
export const provinceLineage = pgTable(
  'province_lineage',
  {
    ...lineageEvent(),
    fromProvinceId: requiredRef('from_province_id', () => provinces.id),
    toProvinceId: text('to_province_id').references(() => provinces.id),
    note: text('note'),
  },
  (t) => lineageConstraints('province_lineage', t, t.fromProvinceId, t.toProvinceId),
);

export const blocs = pgTable(
  'blocs',
  {
    id: textId(),
    provinceId: requiredRef('province_id', () => provinces.id),
    /** Issuer code of the bloc's documents: "05/TTr-KTĐNC". Unique within a province. */
    issuerCode: text('issuer_code').notNull(),
  },
  (t) => [
    unique('blocs_province_issuer').on(t.provinceId, t.issuerCode),
    check('blocs_issuer_code_nfc', isNfc(t.issuerCode)),
    check('blocs_issuer_code_not_blank', notBlank(t.issuerCode)),
  ],
);

export const blocNames = pgTable(
  'bloc_names',
  {
    blocId: requiredRef('bloc_id', () => blocs.id, { onDelete: 'cascade' }),
    ...datedName(),
  },
  (t) => [primaryKey({ columns: [t.blocId, t.validFrom] }), ...datedNameChecks('bloc_names', t)],
);

/** A unit belongs to at most one bloc in a year. */
export const blocMemberships = pgTable(
  'bloc_memberships',
  {
    blocId: requiredRef('bloc_id', () => blocs.id),
    unitId: requiredRef('unit_id', () => units.id),
    year: integer('year').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.blocId, t.unitId, t.year] }),
    unique('bloc_memberships_unit_year').on(t.unitId, t.year),
    index('bloc_memberships_bloc_year_idx').on(t.blocId, t.year),
    check('bloc_memberships_year', yearInRange(t.year)),
  ],
);

/** Head and deputy must be members of the bloc that year (composite FKs) and different units. */
export const blocLeaderships = pgTable(
  'bloc_leaderships',
  {
    blocId: requiredRef('bloc_id', () => blocs.id),
    year: integer('year').notNull(),
    headUnitId: text('head_unit_id').notNull(),
    /** Null when the conference elected no deputy. */
    deputyUnitId: text('deputy_unit_id'),
    basis: text('basis'),
  },
  (t) => [
    primaryKey({ columns: [t.blocId, t.year] }),
    foreignKey({
      name: 'bloc_leaderships_head_member_fk',
      columns: [t.blocId, t.headUnitId, t.year],
      foreignColumns: [blocMemberships.blocId, blocMemberships.unitId, blocMemberships.year],
    }),
    foreignKey({
      name: 'bloc_leaderships_deputy_member_fk',
      columns: [t.blocId, t.deputyUnitId, t.year],
      foreignColumns: [blocMemberships.blocId, blocMemberships.unitId, blocMemberships.year],
    }),
    check('bloc_leaderships_distinct', sql`${t.headUnitId} <> ${t.deputyUnitId}`),
    check('bloc_leaderships_year', yearInRange(t.year)),
  ],
);
