import { officialOrgKind, officialPositions, signingPositions } from '@thidua/domain';
import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt, isNfc, literalList, notBlank, textId, validRange } from './columns';
import { officialPositionEnum } from './enums';
import { blocs, provinces, units } from './org';

const positionsOf = (kind: 'unit' | 'province' | 'bloc') =>
  literalList(officialPositions.filter((p) => officialOrgKind[p] === kind));

/**
 * Office holders: who holds which position at which organisation, dated. Exactly one of unit,
 * province (its UBND) or bloc is set, the one the position belongs to. Two holders of a
 * single-holder position never overlap (exclusion constraint of migration 0003).
 */
export const officials = pgTable(
  'officials',
  {
    id: textId(),
    position: officialPositionEnum('position').notNull(),
    unitId: text('unit_id').references(() => units.id),
    provinceId: text('province_id').references(() => provinces.id),
    blocId: text('bloc_id').references(() => blocs.id),
    fullName: text('full_name').notNull(),
    /** Exact title: "Chánh Thanh tra tỉnh". */
    title: text('title').notNull(),
    /** Signature-block line, upper case: "CHÁNH THANH TRA". */
    signatureTitle: text('signature_title'),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
    note: text('note'),
    createdAt: createdAt(),
  },
  (t) => [
    index('officials_unit_idx').on(t.unitId),
    index('officials_province_idx').on(t.provinceId),
    index('officials_bloc_idx').on(t.blocId),
    check(
      'officials_org',
      sql`case
        when ${t.position} in (${positionsOf('unit')}) then ${t.unitId} is not null and ${t.provinceId} is null and ${t.blocId} is null
        when ${t.position} in (${positionsOf('province')}) then ${t.provinceId} is not null and ${t.unitId} is null and ${t.blocId} is null
        else ${t.blocId} is not null and ${t.unitId} is null and ${t.provinceId} is null
      end`,
    ),
    check('officials_range', validRange(t.validFrom, t.validTo)),
    check(
      'officials_nfc',
      sql`${isNfc(t.fullName)} and ${isNfc(t.title)} and (${t.signatureTitle} is null or ${isNfc(t.signatureTitle)}) and (${t.note} is null or ${isNfc(t.note)})`,
    ),
    check(
      'officials_not_blank',
      sql`${notBlank(t.fullName)} and ${notBlank(t.title)} and (${t.signatureTitle} is null or ${notBlank(t.signatureTitle)})`,
    ),
    check(
      'officials_signature_title',
      sql`(${t.position} not in (${literalList(signingPositions)}) or ${t.signatureTitle} is not null) and (${t.signatureTitle} is null or ${t.signatureTitle} = upper(${t.signatureTitle}))`,
    ),
  ],
);
