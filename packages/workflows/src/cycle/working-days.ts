/**
 * The provincial processing clock counts working days in Vietnam (UTC+7, no daylight saving):
 * Monday to Friday, minus public holidays. Day 1 is the working day after the dossier arrives;
 * the answer is due by the end of the last one.
 */
const VN_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

/** YYYY-MM-DD in Vietnam of an instant. */
export function vnDate(ms: number): string {
  return new Date(ms + VN_OFFSET_MS).toISOString().slice(0, 10);
}

function nextDate(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}

function isWorkingDay(date: string, holidays: ReadonlySet<string>): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(date);
}

/** End of the `days`-th working day after `startMs` (Vietnam time). */
export function addWorkingDays(
  startMs: number,
  days: number,
  holidays: readonly string[] = [],
): { dueDate: string; dueAtMs: number } {
  const skip = new Set(holidays);
  let date = vnDate(startMs);
  let counted = 0;
  while (counted < days) {
    date = nextDate(date);
    if (isWorkingDay(date, skip)) counted += 1;
  }
  return { dueDate: date, dueAtMs: Date.parse(`${date}T23:59:59.999+07:00`) };
}

/** Working days used since `startMs`, counting today when it is a working day. */
export function workingDaysElapsed(startMs: number, nowMs: number, holidays: readonly string[] = []): number {
  const skip = new Set(holidays);
  const today = vnDate(nowMs);
  let date = vnDate(startMs);
  let counted = 0;
  while (date < today) {
    date = nextDate(date);
    if (isWorkingDay(date, skip)) counted += 1;
  }
  return counted;
}
