import { z } from 'zod';
import { DomainError } from './errors';

/**
 * A calendar date 'YYYY-MM-DD'. Plain strings on purpose: documents, deadlines and
 * validity ranges are dates in Vietnam, never instants, so no timezone math is needed,
 * and ISO strings compare correctly with `<`.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [, y, mo, d] = m;
  const month = Number(mo);
  const day = Number(d);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(y), month);
}

export const isoDateSchema = z.string().refine(isIsoDate, 'Ngày không hợp lệ (định dạng đúng: YYYY-MM-DD).');

export function assertIsoDate(value: string): IsoDate {
  if (!isIsoDate(value)) throw new DomainError('INVALID_DATE', undefined, { value });
  return value;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

export function dateParts(date: IsoDate): DateParts {
  assertIsoDate(date);
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

export function yearOf(date: IsoDate): number {
  return dateParts(date).year;
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  const s = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return assertIsoDate(s);
}

/** Adds calendar days. Uses UTC date arithmetic only (deterministic; no clock is read). */
export function addDays(date: IsoDate, days: number): IsoDate {
  const { year, month, day } = dateParts(date);
  const t = new Date(Date.UTC(year, month - 1, day + days));
  return isoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A validity range with an inclusive start and an optional inclusive end. */
export interface Validity {
  validFrom: IsoDate;
  validTo?: IsoDate | undefined;
}

export const validitySchema = z.object({
  validFrom: isoDateSchema,
  validTo: isoDateSchema.optional(),
});

export function isInForce(item: Validity, date: IsoDate): boolean {
  return item.validFrom <= date && (item.validTo === undefined || date <= item.validTo);
}

/** The single item in force at `date`, or undefined. Later starts win when ranges overlap. */
export function inForceAt<T extends Validity>(items: readonly T[], date: IsoDate): T | undefined {
  let best: T | undefined;
  for (const item of items) {
    if (isInForce(item, date) && (!best || item.validFrom > best.validFrom)) best = item;
  }
  return best;
}

/** Vietnam keeps UTC+7 all year (no daylight saving). */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

const inVietnam = (instant: string | number) =>
  new Date((typeof instant === 'number' ? instant : Date.parse(instant)) + VIETNAM_OFFSET_MS).toISOString();

/** The calendar date in Vietnam (Asia/Ho_Chi_Minh) of an instant (ISO string or epoch ms). */
export function vietnamDate(instant: string | number): IsoDate {
  return inVietnam(instant).slice(0, 10);
}

/** The wall-clock time 'HH:MM' in Vietnam of an instant: what minutes print. */
export function vietnamTime(instant: string | number): string {
  return inVietnam(instant).slice(11, 16);
}
