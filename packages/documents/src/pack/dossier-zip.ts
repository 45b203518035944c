import { strToU8, type Zippable, zipSync } from 'fflate';
import type { CalendarDate } from '../format/date';
import { stampZipTimes } from './zip-times';

export interface ZipEntry {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/**
 * A deterministic zip: entries sorted by name, every timestamp set to `date`. The .docx entries are stored
 * (they are deflated already); text entries are deflated.
 */
export function deterministicZip(entries: readonly ZipEntry[], date: CalendarDate): Uint8Array {
  const sorted = [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const zippable: Zippable = {};
  for (const e of sorted) zippable[e.name] = [e.bytes, { level: e.name.endsWith('.docx') ? 0 : 9 }];
  return stampZipTimes(zipSync(zippable), date);
}

export const textEntry = (name: string, text: string): ZipEntry => ({
  name,
  bytes: strToU8(text.normalize('NFC')),
});
