import { DocumentDataError } from '../errors';
import { type CalendarDate, parseIsoDate } from '../format/date';
import { nfc } from '../format/text';
import type { DocumentMeta } from '../types';

// "05/TTr-KTĐNC": number ≥ 2 digits (zero-padded below 10), "/", type code, "-" groups, no spaces.
const NUMBER = /^(\d{2,})\/(\p{L}+)(-[\p{Lu}\d]+)+$/u;

/** Checks a document number and, when given, its type code (TTr, BB, BC, QĐ…). */
export function requireNumber(value: string | undefined, field: string, typeCode?: string): string {
  if (value === undefined || value.trim() === '') {
    throw new DocumentDataError('MISSING_NUMBER', `Thiếu số, ký hiệu văn bản (${field}).`, field);
  }
  const normalised = nfc(value.trim());
  const m = NUMBER.exec(normalised);
  if (!m || (typeCode !== undefined && m[2] !== typeCode)) {
    const expected = typeCode ? `NN/${typeCode}-…` : 'NN/XX-…';
    throw new DocumentDataError(
      'INVALID_DOCUMENT_NUMBER',
      `Số, ký hiệu "${value}" không đúng dạng ${expected} theo Nghị định 30/2020/NĐ-CP (${field}).`,
      field,
    );
  }
  return normalised;
}

export function requireText(value: string | undefined, field: string): string {
  if (value === undefined || value.trim() === '') {
    throw new DocumentDataError('MISSING_FIELD', `Thiếu nội dung bắt buộc (${field}).`, field);
  }
  return nfc(value.trim());
}

export function requireList<T>(list: readonly T[] | undefined, field: string): readonly T[] {
  if (!list || list.length === 0) {
    throw new DocumentDataError('EMPTY_LIST', `Danh sách không được để trống (${field}).`, field);
  }
  return list;
}

export interface CheckedMeta {
  readonly number: string;
  readonly date: CalendarDate;
  readonly place: string;
}

export function requireMeta(
  meta: DocumentMeta | undefined,
  field: string,
  typeCode: string | undefined,
): CheckedMeta {
  if (!meta) throw new DocumentDataError('MISSING_NUMBER', `Thiếu số, ngày văn bản (${field}).`, field);
  return {
    number: requireNumber(meta.number, `${field}.number`, typeCode),
    date: parseIsoDate(meta.date, `${field}.date`),
    place: requireText(meta.place, `${field}.place`),
  };
}

/** 'HH:MM' → "14 giờ 00 phút" */
export function timeWords(value: string, field: string): string {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
  if (!m) throw new DocumentDataError('MISSING_FIELD', `Giờ không đúng dạng HH:MM (${field}).`, field);
  return `${m[1]} giờ ${m[2]} phút`;
}
