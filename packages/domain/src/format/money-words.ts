import { DomainError } from '../errors';
import { capitalizeFirst } from '../text';

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;
const digit = (d: number): string => DIGITS[d] ?? '';

/**
 * Reads a 3-digit group. `full` = the group is not the leading one, so hundreds are read
 * even when zero ("không trăm") and a lone unit gets "linh" (1.005 → "một nghìn không trăm linh năm").
 */
function readGroup(n: number, full: boolean): string {
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  const words: string[] = [];
  if (h > 0 || full) words.push(digit(h), 'trăm');
  if (t === 0) {
    // "linh" (not "lẻ") is our chosen form for a zero tens digit.
    if (u > 0 && words.length > 0) words.push('linh');
    if (u > 0) words.push(digit(u));
  } else if (t === 1) {
    words.push('mười');
    if (u === 5) words.push('lăm');
    else if (u > 0) words.push(digit(u));
  } else {
    words.push(digit(t), 'mươi');
    if (u === 1) words.push('mốt');
    else if (u === 4) words.push('tư');
    else if (u === 5) words.push('lăm');
    else if (u > 0) words.push(digit(u));
  }
  return words.join(' ');
}

const SCALES = ['', 'nghìn', 'triệu'] as const;

/** Reads 0 ≤ n < 10^9, `full` as in readGroup for the leading group. */
function readBelowBillion(n: number, full: boolean): string {
  const groups = [n % 1000, Math.floor(n / 1000) % 1000, Math.floor(n / 1_000_000)];
  const parts: string[] = [];
  let started = full;
  for (let i = 2; i >= 0; i--) {
    const g = groups[i] ?? 0;
    if (g === 0) continue; // zero groups are skipped: 1.000.005 → "một triệu không trăm linh năm"
    parts.push(readGroup(g, started));
    if (SCALES[i]) parts.push(SCALES[i] ?? '');
    started = true;
  }
  return parts.join(' ');
}

/**
 * Vietnamese reading of a non-negative integer, lower case: 18720000 →
 * "mười tám triệu bảy trăm hai mươi nghìn". "tỷ" repeats for larger numbers
 * ("một nghìn tỷ", "một triệu tỷ").
 */
export function readNumberVi(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new DomainError('AMOUNT_OUT_OF_RANGE', `Không đọc được số: ${n}.`, { value: n });
  }
  if (n === 0) return 'không';
  return readWithBillions(n, false);
}

function readWithBillions(n: number, full: boolean): string {
  const billions = Math.floor(n / 1_000_000_000);
  const rest = n % 1_000_000_000;
  if (billions === 0) return readBelowBillion(rest, full);
  const head = `${readWithBillions(billions, full)} tỷ`;
  return rest === 0 ? head : `${head} ${readBelowBillion(rest, true)}`;
}

/** "Mười tám triệu bảy trăm hai mươi nghìn đồng" — the "Bằng chữ" line of money amounts. */
export function moneyInWords(amount: number): string {
  return `${capitalizeFirst(readNumberVi(amount))} đồng`;
}
