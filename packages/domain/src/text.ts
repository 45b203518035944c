import { z } from 'zod';

/** Unicode NFC. Vietnamese typed on different keyboards arrives as NFC or NFD; we store NFC only. */
export function nfc(text: string): string {
  return text.normalize('NFC');
}

/** The canonical stored form of any user text: NFC, trimmed. */
export function cleanText(text: string): string {
  return nfc(text).trim();
}

/** A zod string that is NFC-normalised and trimmed before any further check. */
export function textSchema() {
  return z.string().overwrite(cleanText);
}

/** Same as `textSchema()` but refuses the empty string (after trimming). */
export function nonEmptyTextSchema() {
  return textSchema().min(1, 'Không được để trống.');
}

/** Recursively NFC-normalises and trims every string inside plain data (objects, arrays). */
export function normalizeStrings<T>(value: T): T {
  if (typeof value === 'string') return cleanText(value) as T;
  if (Array.isArray(value)) return value.map((v) => normalizeStrings(v)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = normalizeStrings(v);
    return out as T;
  }
  return value;
}

/**
 * Upper-cases Vietnamese for ND 30 headers ("Khối thi đua" → "KHỐI THI ĐUA"). Plain toUpperCase:
 * Vietnamese needs no locale rules, and ICU locale data may be missing in a sandbox.
 */
export function upperVi(text: string): string {
  return nfc(text.toUpperCase());
}

/** Capitalises the first letter only (used for amounts in words). */
export function capitalizeFirst(text: string): string {
  const first = text.charAt(0);
  return first ? nfc(first.toUpperCase() + text.slice(1)) : text;
}

/** ASCII file-name slug: "Sở Tư pháp" → "so-tu-phap", "01/TTr-KTĐNC" → "01-TTr-KTDNC" (case kept). */
export function slug(text: string, lower = true): string {
  const ascii = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
  return (lower ? ascii.toLowerCase() : ascii).replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}
