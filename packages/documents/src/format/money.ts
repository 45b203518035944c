// Numbers as Vietnamese documents print them, via @thidua/domain's formatters.
import {
  moneyInWords as domainMoneyInWords,
  formatDecimal,
  formatInteger,
  formatRatioPercent,
  readNumberVi,
} from '@thidua/domain';

/** 11920000 → "mười một triệu chín trăm hai mươi nghìn" */
export const integerInWords = (value: number): string => readNumberVi(value);

/** "Mười một triệu chín trăm hai mươi nghìn đồng" */
export const moneyInWords = (amount: number): string => domainMoneyInWords(amount);

/** "11.920.000" */
export const moneyDigits = (amount: number): string => formatInteger(amount);

/** "1,5" — decimal comma, no trailing zeros. */
export const decimalText = (value: number): string => formatDecimal(value);

/** "77,78 %" (the domain's rounding: half up on integers, so the minutes and the UI agree). */
export const percentText = (numerator: number, denominator: number): string =>
  denominator > 0 ? formatRatioPercent(numerator, denominator) : '—';

/**
 * Coefficient × base salary in whole đồng, in integer tenths (coefficients have one decimal), for
 * inputs that do not carry the amount the domain's reward rule computed.
 */
export const rewardAmount = (coefficient: number, baseSalary: number): number =>
  Math.ceil((Math.round(coefficient * 10) * baseSalary) / 10);
