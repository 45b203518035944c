import { z } from 'zod';
import { type IsoDate, inForceAt, isoDateSchema } from '../dates';
import { DomainError } from '../errors';
import { formatDateShort } from '../format/date-line';
import { nonEmptyTextSchema } from '../text';
import { officialsScreen } from './officials-screen';

/**
 * The people who sign records: who holds which position at which organisation, dated like names,
 * so a 2023 record prints the 2023 head even after a change.
 */
export const officialPositions = [
  'unitHead',
  'unitDeputy',
  'committeeChair',
  'committeeViceChair',
  'blocSecretary',
] as const;
export type OfficialPosition = (typeof officialPositions)[number];

/** The organisation a position belongs to (a unit, the province's UBND, or a bloc). */
export type OfficialOrgKind = 'unit' | 'province' | 'bloc';
export const officialOrgKind: Record<OfficialPosition, OfficialOrgKind> = {
  unitHead: 'unit',
  unitDeputy: 'unit',
  committeeChair: 'province',
  committeeViceChair: 'province',
  blocSecretary: 'bloc',
};

/** Positions held by one person at a time; deputies and vice-chairs may be several. */
export const singleHolderPositions = ['unitHead', 'committeeChair', 'blocSecretary'] as const;

/** Positions whose holder signs as an agency head: the short upper-case title is required. */
export const signingPositions = ['unitHead', 'unitDeputy'] as const;

export const officialPositionLabels: Record<OfficialPosition, string> = {
  unitHead: 'Thủ trưởng đơn vị',
  unitDeputy: 'Cấp phó của thủ trưởng',
  committeeChair: 'Chủ tịch UBND tỉnh',
  committeeViceChair: 'Phó Chủ tịch UBND tỉnh',
  blocSecretary: 'Thư ký Khối',
};

export const officialSchema = z
  .object({
    id: nonEmptyTextSchema().optional(),
    position: z.enum(officialPositions),
    /** The unit, province or bloc id, by `officialOrgKind[position]`. */
    orgId: nonEmptyTextSchema(),
    fullName: nonEmptyTextSchema(),
    /** Exact title: "Chánh Thanh tra tỉnh", "Giám đốc Sở Tư pháp", "Chủ tịch UBND tỉnh". */
    title: nonEmptyTextSchema(),
    /** Signature-block line: "CHÁNH THANH TRA", "GIÁM ĐỐC". */
    signatureTitle: nonEmptyTextSchema().optional(),
    validFrom: isoDateSchema,
    validTo: isoDateSchema.optional(),
    /** The appointing decision, for the history view. */
    note: nonEmptyTextSchema().optional(),
  })
  .refine((o) => o.validTo === undefined || o.validTo >= o.validFrom, {
    message: 'Ngày kết thúc không được trước ngày bắt đầu.',
  })
  .refine(
    (o) => !(signingPositions as readonly string[]).includes(o.position) || o.signatureTitle !== undefined,
    { message: 'Thủ trưởng và cấp phó cần chức danh ghi ở chữ ký (ví dụ "GIÁM ĐỐC").' },
  )
  .refine((o) => o.signatureTitle === undefined || o.signatureTitle === o.signatureTitle.toUpperCase(), {
    message: 'Chức danh ghi ở chữ ký viết chữ in hoa.',
  });
export type Official = z.infer<typeof officialSchema>;

const missingWhat: Record<OfficialPosition, string> = {
  unitHead: 'thủ trưởng',
  unitDeputy: 'cấp phó',
  committeeChair: 'Chủ tịch UBND',
  committeeViceChair: 'Phó Chủ tịch UBND',
  blocSecretary: 'thư ký',
};

export interface HolderQuery {
  position: OfficialPosition;
  orgId: string;
  /** The organisation's name at the date, for the message when nobody holds the position. */
  orgName: string;
}

/**
 * The holder in force at `date`. Throws PERSON_MISSING naming the position, the organisation and
 * where to enter it: a record is never signed by a stand-in.
 */
export function officialAt(officials: readonly Official[], query: HolderQuery, date: IsoDate): Official {
  const held = officials.filter((o) => o.position === query.position && o.orgId === query.orgId);
  const found = inForceAt(held, date);
  if (found) return found;
  throw new DomainError(
    'PERSON_MISSING',
    `Chưa có ${missingWhat[query.position]} của ${query.orgName} tại ngày ${formatDateShort(date)}: nhập tại ${officialsScreen.area} → ${officialsScreen.tab}.`,
    { position: query.position, orgId: query.orgId, date },
  );
}

/** Who the bloc's records name from the officials: the head of the bloc head's unit signs. */
export interface RecordPeople {
  blocHead: Official & { signatureTitle: string };
}

export function recordPeopleAt(
  officials: readonly Official[],
  at: {
    date: IsoDate;
    headUnit: { id: string; name: string };
  },
): RecordPeople {
  const head = officialAt(
    officials,
    { position: 'unitHead', orgId: at.headUnit.id, orgName: at.headUnit.name },
    at.date,
  );
  // The schema requires it for heads; a row written around the schema must still not sign blank.
  if (head.signatureTitle === undefined) {
    throw new DomainError(
      'PERSON_MISSING',
      `Chưa có chức danh ghi ở chữ ký của thủ trưởng ${at.headUnit.name}: nhập tại ${officialsScreen.area} → ${officialsScreen.tab}.`,
      { position: 'unitHead', orgId: at.headUnit.id, date: at.date },
    );
  }
  return { blocHead: { ...head, signatureTitle: head.signatureTitle } };
}
