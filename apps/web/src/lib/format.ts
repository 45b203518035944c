import { locale, timeZone } from '../i18n';

// One formatter per style, built on first use: Intl constructors are costly (the first loads the
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
const number = once(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }));
const score = once(
  () => new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
);
const bytes = once(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }));

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
export const formatNumber = (value: number) => number().format(value);
/** Scores always show two decimals so columns line up (quarter points: 7,25 / 7,50). */
export const formatScore = (value: number) => score().format(value);

export function formatBytes(size: number): string {
  if (size < 1024) return `${size} B`;
  if (size < 1024 * 1024) return `${bytes().format(size / 1024)} KB`;
  return `${bytes().format(size / (1024 * 1024))} MB`;
}

/** Parses "7,25" or "7.25" as typed by a Vietnamese user; NaN when it is not a number. */
export function parseDecimal(text: string): number {
  const normalized = text.trim().replace(/\s/g, '').replace(',', '.');
  return normalized === '' ? Number.NaN : Number(normalized);
}
