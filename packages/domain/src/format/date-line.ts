import { dateParts, type IsoDate } from '../dates';
import { nfc } from '../text';

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * "ngày 04 tháng 01 năm 2023" per ND 30/2020 (Phụ lục I, ô 4): the day is zero-padded below 10,
 * the month only for 1 and 2 (so "tháng 01", "tháng 02", but "tháng 6", "tháng 12").
 */
export function formatDateWords(date: IsoDate): string {
  const { year, month, day } = dateParts(date);
  const m = month <= 2 ? pad2(month) : String(month);
  return `ngày ${pad2(day)} tháng ${m} năm ${year}`;
}

/** The ND 30 place-and-date line: "Bắc Kạn, ngày 04 tháng 01 năm 2023". */
export function formatPlaceDate(place: string, date: IsoDate): string {
  return nfc(`${place.trim()}, ${formatDateWords(date)}`);
}

/** Short numeric form used in tables and citations: "04/01/2023". */
export function formatDateShort(date: IsoDate): string {
  const { year, month, day } = dateParts(date);
  return `${pad2(day)}/${pad2(month)}/${year}`;
}
