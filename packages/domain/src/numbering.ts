import { DomainError } from './errors';
import { nfc } from './text';
import { keysOf } from './vocabulary';

/** Abbreviations of document types, ND 30/2020 Phụ lục III mục I. A công văn has none. */
export const documentTypeNames = {
  NQ: 'Nghị quyết',
  QĐ: 'Quyết định',
  CT: 'Chỉ thị',
  QC: 'Quy chế',
  QyĐ: 'Quy định',
  TC: 'Thông cáo',
  TB: 'Thông báo',
  HD: 'Hướng dẫn',
  CTr: 'Chương trình',
  KH: 'Kế hoạch',
  PA: 'Phương án',
  ĐA: 'Đề án',
  DA: 'Dự án',
  BC: 'Báo cáo',
  BB: 'Biên bản',
  TTr: 'Tờ trình',
  HĐ: 'Hợp đồng',
  CĐ: 'Công điện',
  BGN: 'Bản ghi nhớ',
  BTT: 'Bản thỏa thuận',
  GUQ: 'Giấy ủy quyền',
  GM: 'Giấy mời',
  GGT: 'Giấy giới thiệu',
  GNP: 'Giấy nghỉ phép',
  PG: 'Phiếu gửi',
  PC: 'Phiếu chuyển',
  PB: 'Phiếu báo',
  SY: 'Bản sao y',
  TrS: 'Bản trích sao',
  SL: 'Bản sao lục',
} satisfies Record<string, string>;
export type DocumentTypeCode = keyof typeof documentTypeNames;
export const documentTypeCodes = keysOf(documentTypeNames);

export function isDocumentTypeCode(value: string): value is DocumentTypeCode {
  return (documentTypeCodes as readonly string[]).includes(nfc(value));
}

export interface DocumentNumberParts {
  /** Yearly sequence number, 1-based. */
  number: number;
  /** Omitted for a công văn ("12/UBND-VX"). */
  typeCode?: DocumentTypeCode | undefined;
  /** Issuer abbreviation, e.g. 'KTĐNC'; for a công văn, the issuer then the drafting unit ("UBND-VX"). */
  issuerCode: string;
}

// Letters (Vietnamese capitals included) and digits; groups joined by '-'.
const ISSUER = /^[\p{Lu}\p{Ll}\d]+(?:-[\p{Lu}\p{Ll}\d]+)*$/u;

/**
 * "05/TTr-KTĐNC" (ND 30/2020 Phụ lục I ô 3): numbers below 10 zero-padded, '/' after the number,
 * '-' between groups, no spaces.
 */
export function formatDocumentNumber(parts: DocumentNumberParts): string {
  const { number, typeCode } = parts;
  const issuer = nfc(parts.issuerCode.trim());
  if (!Number.isSafeInteger(number) || number < 1) {
    throw new DomainError(
      'INVALID_DOCUMENT_NUMBER',
      `Số văn bản phải là số nguyên dương (nhận được: ${number}).`,
      {
        number,
      },
    );
  }
  if (!ISSUER.test(issuer)) {
    throw new DomainError(
      'INVALID_DOCUMENT_NUMBER',
      `Ký hiệu cơ quan ban hành không hợp lệ: "${parts.issuerCode}".`,
      {
        issuerCode: parts.issuerCode,
      },
    );
  }
  if (typeCode !== undefined && !isDocumentTypeCode(typeCode)) {
    throw new DomainError('INVALID_DOCUMENT_NUMBER', `Ký hiệu loại văn bản không hợp lệ: "${typeCode}".`, {
      typeCode,
    });
  }
  const n = String(number).padStart(2, '0');
  return typeCode ? `${n}/${nfc(typeCode)}-${issuer}` : `${n}/${issuer}`;
}

/** "Số: 05/TTr-KTĐNC". */
export function formatNumberLine(parts: DocumentNumberParts): string {
  return `Số: ${formatDocumentNumber(parts)}`;
}

/** Inverse of formatDocumentNumber (accepts an optional "Số:" prefix). */
export function parseDocumentNumber(text: string): DocumentNumberParts {
  const s = nfc(text.trim()).replace(/^Số:\s*/, '');
  const m = /^(\d+)\/(.+)$/.exec(s);
  const rest = m?.[2] ?? '';
  const number = Number(m?.[1]);
  if (!m || number < 1) {
    throw new DomainError('INVALID_DOCUMENT_NUMBER', `Không đọc được số, ký hiệu văn bản: "${text}".`, {
      text,
    });
  }
  const dash = rest.indexOf('-');
  const head = dash > 0 ? rest.slice(0, dash) : '';
  if (isDocumentTypeCode(head)) {
    return { number, typeCode: head, issuerCode: rest.slice(dash + 1) };
  }
  return { number, issuerCode: rest };
}

/**
 * The next number of a yearly series: one past the highest ever used. Never reuses a number,
 * even a cancelled one (ND 30: a number is never reissued); starting from empty it yields 1, 2, 3…
 */
export function nextNumber(existingNumbers: readonly number[]): number {
  let max = 0;
  for (const n of existingNumbers) {
    if (!Number.isSafeInteger(n) || n < 1) {
      throw new DomainError('INVALID_DOCUMENT_NUMBER', `Số văn bản đã cấp không hợp lệ: ${n}.`, {
        number: n,
      });
    }
    if (n > max) max = n;
  }
  return max + 1;
}
