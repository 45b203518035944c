import type { CalendarDate } from '../format/date';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** MS-DOS date and time fields (local-time free: we write the fields, not a Date). */
export function dosDateTime(date: Pick<CalendarDate, 'year' | 'month' | 'day'>): {
  date: number;
  time: number;
} {
  return { date: ((date.year - 1980) << 9) | (date.month << 5) | date.day, time: 12 << 11 };
}

/**
 * Overwrites every entry's modification time in a zip, in place. Zip writers stamp "now" (and in local time),
 * which alone makes two builds of the same data differ; the CRCs do not cover these fields.
 */
export function stampZipTimes(zip: Uint8Array, when: CalendarDate): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const { date, time } = dosDateTime(when);
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('Not a zip file: no end of central directory');
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  for (let k = 0; k < count; k++) {
    if (view.getUint32(p, true) !== CENTRAL) throw new Error('Corrupt zip central directory');
    view.setUint16(p + 12, time, true);
    view.setUint16(p + 14, date, true);
    const local = view.getUint32(p + 42, true);
    if (view.getUint32(local, true) !== LOCAL) throw new Error('Corrupt zip local header');
    view.setUint16(local + 10, time, true);
    view.setUint16(local + 12, date, true);
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return zip;
}
