// Dates as ND 30/2020 prints them, via @thidua/domain's formatters; here only strict parsing into
// DocumentDataError and the blank forms of a draft.
import {
  dateParts,
  formatDateShort,
  formatDateWords,
  formatPlaceDate,
  type IsoDate,
  isIsoDate,
} from '@thidua/domain';
import { DocumentDataError } from '../errors';

export interface CalendarDate {
  readonly iso: IsoDate;
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Parses 'YYYY-MM-DD' strictly (a real calendar day), refusing anything else. */
export function parseIsoDate(value: string | undefined, field: string): CalendarDate {
  if (value === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    throw new DocumentDataError(
      'INVALID_DATE',
      `Thiếu hoặc sai ngày (${field}): cần dạng YYYY-MM-DD.`,
      field,
    );
  }
  if (!isIsoDate(value)) {
    throw new DocumentDataError('INVALID_DATE', `Ngày không tồn tại (${field}): ${value}.`, field);
  }
  return { iso: value, ...dateParts(value) };
}

/** "ngày 04 tháng 01 năm 2023" (day < 10 and months 1–2 zero-padded). */
export const dateWords = (d: CalendarDate): string => formatDateWords(d.iso);

/** "Bắc Kạn, ngày 04 tháng 01 năm 2023" */
export const dateLine = (place: string, d: CalendarDate): string => formatPlaceDate(place, d.iso);

/** "04/01/2023", for references inside body text. */
export const dateShort = (d: CalendarDate): string => formatDateShort(d.iso);

/** The blank form of a draft, filled in by hand at signing: "ngày      tháng      năm 2023". */
export const blankDateWords = (year: number): string => `ngày      tháng      năm ${year}`;

/** "Bắc Kạn, ngày      tháng      năm 2023" */
export const blankDateLine = (place: string, year: number): string =>
  `${place.trim()}, ${blankDateWords(year)}`.normalize('NFC');
