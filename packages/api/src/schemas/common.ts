import { cleanText } from '@thidua/domain';
import { z } from 'zod';
import { hasForbiddenChars } from './chars';

/**
 * Building blocks of every input schema. Strings refuse control characters (a NUL byte would reach
 * PostgreSQL as a 500) and have a length cap, so malformed input stops here as BAD_REQUEST.
 */

const clean = (value: string) => !hasForbiddenChars(value);

/** Free text typed by a person: NFC, trimmed, no control characters. */
export const text = (max = 2000) =>
  z
    .string()
    .max(max * 2)
    .refine(clean, 'Văn bản chứa ký tự không hợp lệ.')
    .overwrite(cleanText)
    .pipe(z.string().max(max, `Tối đa ${max} ký tự.`));

/** Same as `text` but not empty after trimming. */
export const requiredText = (max = 2000) => text(max).pipe(z.string().min(1, 'Không được để trống.'));

/** Text primary keys ('u-snv', 'cy-b-noichinh-2023', UUIDs as text). */
export const id = () =>
  z
    .string()
    .min(1)
    .max(200)
    .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'Mã không hợp lệ.');

/** uuid columns: a malformed value must never reach PostgreSQL (it would raise 22P02). */
export const uuid = () => z.uuid('Mã không hợp lệ.');

/** The years any date may fall in (the emulation years the database accepts). */
const MIN_YEAR = 2000;
const MAX_YEAR = 2100;
const outOfRange = `Ngày nằm ngoài khoảng cho phép (từ năm ${MIN_YEAR} đến năm ${MAX_YEAR}).`;
const yearOf = (value: string) => Number(value.slice(0, 4));
const inRange = (value: string) => yearOf(value) >= MIN_YEAR && yearOf(value) <= MAX_YEAR;

export const year = () => z.number().int().min(MIN_YEAR).max(MAX_YEAR);

export const isoDate = () =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày không hợp lệ (định dạng đúng: YYYY-MM-DD).')
    .refine(
      (v) =>
        !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
      'Ngày không hợp lệ.',
    )
    .refine(inRange, outOfRange);

/** An instant with its offset, e.g. 2023-12-08T23:59:00+07:00, in the years any date may fall in. */
export const instant = () =>
  z.iso
    .datetime({ offset: true, message: 'Thời điểm không hợp lệ (ISO 8601).' })
    .refine((v) => inRange(new Date(v).toISOString()), outOfRange);

/** A score or points value: finite, non-negative, bounded (quarter steps are the domain's check). */
export const points = () => z.number().finite().min(0).max(1000);

export const page = () =>
  z
    .object({
      limit: z.number().int().min(1).max(500).default(50),
      offset: z.number().int().min(0).max(1_000_000).default(0),
    })
    .strict()
    .default({ limit: 50, offset: 0 });

export const cycleRef = { cycleId: id() };
export const unitRef = { unitId: id() };

/** A new dated name of a unit or a bloc, from `validFrom`. */
export const newNameFields = () => ({
  name: requiredText(300),
  shortName: requiredText(100).optional(),
  validFrom: isoDate(),
});
