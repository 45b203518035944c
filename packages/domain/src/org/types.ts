import { z } from 'zod';
import { isoDateSchema } from '../dates';
import { nonEmptyTextSchema } from '../text';

/**
 * A name in force over a date range. Renames close one entry (validTo) and open the next,
 * so a 2023 record still prints its 2023 name.
 */
export const datedNameSchema = z.object({
  name: nonEmptyTextSchema(),
  /** Short form used in tables ("Cục THADS tỉnh"). */
  shortName: nonEmptyTextSchema().optional(),
  validFrom: isoDateSchema,
  validTo: isoDateSchema.optional(),
  /** Why this name started (the decision that renamed it), for the history view. */
  note: nonEmptyTextSchema().optional(),
});
export type DatedName = z.infer<typeof datedNameSchema>;

export const provinceSchema = z.object({
  id: nonEmptyTextSchema(),
  code: nonEmptyTextSchema(),
  names: z.array(datedNameSchema).min(1),
  /** Place name used in the ND 30 date line ("Bắc Kạn, ngày …"), per period. */
  placeNames: z.array(datedNameSchema).min(1),
});
export type Province = z.infer<typeof provinceSchema>;

export const unitSchema = z.object({
  id: nonEmptyTextSchema(),
  /** Short code, stable across renames; used for deterministic ordering and usernames. */
  code: nonEmptyTextSchema(),
  provinceId: nonEmptyTextSchema(),
  names: z.array(datedNameSchema).min(1),
  /** The unit exists from validFrom (creation, split, merge) until validTo (dissolved or merged away). */
  validFrom: isoDateSchema,
  validTo: isoDateSchema.optional(),
});
export type Unit = z.infer<typeof unitSchema>;

export const blocSchema = z.object({
  id: nonEmptyTextSchema(),
  provinceId: nonEmptyTextSchema(),
  /** Issuer code in document numbers: "05/TTr-KTĐNC". */
  issuerCode: nonEmptyTextSchema(),
  /** Upper-case header names ("KHỐI THI ĐUA NỘI CHÍNH"), dated like unit names. */
  names: z.array(datedNameSchema).min(1),
});
export type Bloc = z.infer<typeof blocSchema>;

/** Which units form a bloc in a given year: composition changes (e.g. 2018 vs 2022). */
export const blocMembershipSchema = z.object({
  blocId: nonEmptyTextSchema(),
  year: z.number().int(),
  unitIds: z.array(nonEmptyTextSchema()).min(1),
});
export type BlocMembership = z.infer<typeof blocMembershipSchema>;

/** Head and deputy units of a bloc for a year (elected at the previous year's conference). */
export const blocLeadershipSchema = z
  .object({
    blocId: nonEmptyTextSchema(),
    year: z.number().int(),
    headUnitId: nonEmptyTextSchema(),
    /** No deputy when the conference elected none (confirmed with the chair's reason). */
    deputyUnitId: nonEmptyTextSchema().nullable(),
    /** Where the election is recorded (e.g. the minutes of the conference). */
    basis: nonEmptyTextSchema().optional(),
  })
  .refine((l) => l.headUnitId !== l.deputyUnitId, {
    message: 'Một đơn vị không thể đồng thời là Trưởng Khối và Phó Khối.',
  });
export type BlocLeadership = z.infer<typeof blocLeadershipSchema>;

/** Renames, merges and splits keep history: old units end, new ones start, the event links them. */
export const orgEventKinds = ['rename', 'merge', 'split', 'transfer', 'dissolve'] as const;
export type OrgEventKind = (typeof orgEventKinds)[number];

export const orgEventSchema = z.object({
  kind: z.enum(orgEventKinds),
  /** First day of the new state. */
  date: isoDateSchema,
  entity: z.enum(['unit', 'province']),
  fromIds: z.array(nonEmptyTextSchema()).min(1),
  toIds: z.array(nonEmptyTextSchema()),
  note: nonEmptyTextSchema().optional(),
});
export type OrgEvent = z.infer<typeof orgEventSchema>;
