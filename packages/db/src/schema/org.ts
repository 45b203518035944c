import { sql } from 'drizzle-orm';
import {
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
import { isNfc, notBlank, textId, validRange, yearInRange } from './columns';
import { orgEventKindEnum, provinceNameKindEnum } from './enums';

/** Organisation over time: names, composition and leadership are dated data, never constants. */

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
    provinceId: text('province_id')
      .notNull()
      .references(() => provinces.id, { onDelete: 'cascade' }),
    kind: provinceNameKindEnum('kind').notNull(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
    note: text('note'),
  },
  (t) => [
    primaryKey({ columns: [t.provinceId, t.kind, t.validFrom] }),
    check('province_names_range', validRange(t.validFrom, t.validTo)),
    check('province_names_nfc', sql`${isNfc(t.name)} and (${t.shortName} is null or ${isNfc(t.shortName)})`),
    check('province_names_not_blank', notBlank(t.name)),
  ],
);

export const units = pgTable(
  'units',
  {
    id: textId(),
    provinceId: text('province_id')
      .notNull()
      .references(() => provinces.id),
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
    unitId: text('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    shortName: text('short_name'),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
    note: text('note'),
  },
  (t) => [
    primaryKey({ columns: [t.unitId, t.validFrom] }),
    check('unit_names_range', validRange(t.validFrom, t.validTo)),
    check('unit_names_nfc', sql`${isNfc(t.name)} and (${t.shortName} is null or ${isNfc(t.shortName)})`),
    check('unit_names_not_blank', notBlank(t.name)),
  ],
);

/**
 * One row per (from → to) edge of an organisational event; a merge of A and B into C is two rows
 * sharing `event_id`. A dissolution has no `to`; a rename keeps the id (from = to).
 */
export const unitLineage = pgTable(
  'unit_lineage',
  {
    id: textId(),
    eventId: text('event_id').notNull(),
    kind: orgEventKindEnum('kind').notNull(),
    date: date('date').notNull(),
    fromUnitId: text('from_unit_id')
      .notNull()
      .references(() => units.id),
    toUnitId: text('to_unit_id').references(() => units.id),
    note: text('note'),
  },
  (t) => [
    unique('unit_lineage_edge').on(t.eventId, t.fromUnitId, t.toUnitId).nullsNotDistinct(),
    index('unit_lineage_to_idx').on(t.toUnitId),
    check('unit_lineage_target', sql`(${t.kind} = 'dissolve') = (${t.toUnitId} is null)`),
  ],
);

/** Provinces merge too (Bắc Kạn + Thái Nguyên → Thái Nguyên, 2025). */
export const provinceLineage = pgTable(
  'province_lineage',
  {
    id: textId(),
    eventId: text('event_id').notNull(),
    kind: orgEventKindEnum('kind').notNull(),
    date: date('date').notNull(),
    fromProvinceId: text('from_province_id')
      .notNull()
      .references(() => provinces.id),
    toProvinceId: text('to_province_id').references(() => provinces.id),
    note: text('note'),
  },
  (t) => [
    unique('province_lineage_edge').on(t.eventId, t.fromProvinceId, t.toProvinceId).nullsNotDistinct(),
    check('province_lineage_target', sql`(${t.kind} = 'dissolve') = (${t.toProvinceId} is null)`),
  ],
);

export const blocs = pgTable(
  'blocs',
  {
    id: textId(),
    provinceId: text('province_id')
      .notNull()
      .references(() => provinces.id),
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
    blocId: text('bloc_id')
      .notNull()
      .references(() => blocs.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    shortName: text('short_name'),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
    note: text('note'),
  },
  (t) => [
    primaryKey({ columns: [t.blocId, t.validFrom] }),
    check('bloc_names_range', validRange(t.validFrom, t.validTo)),
    check('bloc_names_nfc', sql`${isNfc(t.name)} and (${t.shortName} is null or ${isNfc(t.shortName)})`),
    check('bloc_names_not_blank', notBlank(t.name)),
  ],
);

/** A unit belongs to at most one bloc in a year. */
export const blocMemberships = pgTable(
  'bloc_memberships',
  {
    blocId: text('bloc_id')
      .notNull()
      .references(() => blocs.id),
    unitId: text('unit_id')
      .notNull()
      .references(() => units.id),
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
    blocId: text('bloc_id')
      .notNull()
      .references(() => blocs.id),
    year: integer('year').notNull(),
    headUnitId: text('head_unit_id').notNull(),
    deputyUnitId: text('deputy_unit_id').notNull(),
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
