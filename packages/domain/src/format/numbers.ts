import { DomainError } from '../errors';

/** Groups thousands with '.', the Vietnamese convention: 18720000 → "18.720.000". */
export function formatInteger(value: number): string {
  if (!Number.isSafeInteger(value))
    throw new DomainError('INVALID_INPUT', `Số không hợp lệ: ${value}.`, { value });
  const sign = value < 0 ? '-' : '';
  const digits = String(Math.abs(value));
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/**
 * A decimal with a comma: 97.5 → "97,5"; `fractionDigits` fixes the count ("97,50").
 * Without it, up to 2 decimals are shown and trailing zeros dropped.
 */
export function formatDecimal(value: number, fractionDigits?: number): string {
  if (!Number.isFinite(value))
    throw new DomainError('INVALID_INPUT', `Số không hợp lệ: ${value}.`, { value });
  const digits = fractionDigits ?? 2;
  const scale = 10 ** digits;
  const scaled = Math.round(Math.abs(value) * scale);
  const sign = value < 0 && scaled !== 0 ? '-' : '';
  const intPart = formatInteger(Math.floor(scaled / scale));
  let frac = String(scaled % scale).padStart(digits, '0');
  if (fractionDigits === undefined) frac = frac.replace(/0+$/, '');
  return sign + intPart + (frac ? `,${frac}` : '');
}

/** "18.720.000 đồng". Amounts are integer đồng. */
export function formatMoneyVnd(amount: number): string {
  return `${formatInteger(amount)} đồng`;
}

/**
 * A percentage with a comma decimal and a space before the sign: "66,67 %".
 * Default: always 2 decimals (tables in the vote-count minutes line up); `trim` drops zeros ("50 %").
 */
export function formatPercent(value: number, options: { trim?: boolean } = {}): string {
  return `${formatDecimal(value, options.trim ? undefined : 2)} %`;
}

/**
 * numerator/denominator as a percentage in hundredths, rounded half up with integers only
 * (no float drift at .xx5): 2/3 → 6667 (= 66,67 %).
 */
export function percentHundredths(numerator: number, denominator: number): number {
  if (denominator <= 0) return 0;
  return Math.floor((2 * numerator * 10000 + denominator) / (2 * denominator));
}

/** "66,67 %" for 2 of 3. */
export function formatRatioPercent(numerator: number, denominator: number): string {
  return formatPercent(percentHundredths(numerator, denominator) / 100);
}
