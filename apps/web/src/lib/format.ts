import { formatDecimal } from '@thidua/domain';
import { locale, timeZone } from '../i18n';

// One date formatter per style, built on first use: Intl constructors are costly (the first loads the
// locale's and the time zone's data), these run in table cells, and a screen uses only some of them.
function once<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => {
    made ??= make();
    return made;
  };
}
const date = once(
  () => new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone }),
);
const dateTime = once(
  () =>
    new Intl.DateTimeFormat(locale, {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone,
    }),
);
const time = once(
  () => new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hour12: false, timeZone }),
);

/**
 * Numbers as the records write them (the domain's formatter: '.' between thousands, ',' before the
 * decimals), without an Intl.NumberFormat to build: its first construction, inside the first render
 * of a score sheet, was one step of 20–40 ms that React could not slice.
 */
const decimal = (value: number, fractionDigits?: number) =>
  Number.isFinite(value) ? formatDecimal(value, fractionDigits) : String(value);

type DateInput = Date | string | number;
const toDate = (value: DateInput) => (value instanceof Date ? value : new Date(value));

export const formatDate = (value: DateInput) => date().format(toDate(value));
export const formatDateTime = (value: DateInput) => dateTime().format(toDate(value));
/** "14:32" when it is today in Vietnam, else "14:32 05/12/2026". */
export function formatMoment(value: DateInput, now: DateInput = Date.now()): string {
  const at = toDate(value);
  const clock = time().format(at);
  return formatDate(at) === formatDate(now) ? clock : `${clock} ${formatDate(at)}`;
}
export const formatNumber = (value: number) => decimal(value);
/** Scores always show two decimals so columns line up (quarter points: 7,25 / 7,50). */
export const formatScore = (value: number) => decimal(value, 2);

/** One decimal at most, dropped when zero: "45 B", "13,9 KB", "2 MB". */
export function formatBytes(size: number): string {
  const oneDecimal = (value: number) => decimal(Math.round(value * 10) / 10);
  if (size < 1024) return `${size} B`;
  if (size < 1024 * 1024) return `${oneDecimal(size / 1024)} KB`;
  return `${oneDecimal(size / (1024 * 1024))} MB`;
}

/** Parses "7,25" or "7.25" as typed by a Vietnamese user; NaN when it is not a number. */
export function parseDecimal(text: string): number {
  const normalized = text.trim().replace(/\s/g, '').replace(',', '.');
  return normalized === '' ? Number.NaN : Number(normalized);
}
