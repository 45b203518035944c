import { createHash } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { dosDateTime } from '../src/pack/zip-times';
import { demoDossier } from './demo-dossier';

describe('dossier zip', () => {
  it('holds every record, sorted, with a manifest of SHA-256 sums', async () => {
    const { files, zip } = await demoDossier();
    const entries = unzipSync(zip);
    const names = Object.keys(entries);
    expect(names).toEqual([...names].sort());
    expect(names).toEqual([...files.map((f) => f.name), 'manifest.csv', 'manifest.json'].sort());

    const manifest = JSON.parse(strFromU8(entries['manifest.json'] ?? new Uint8Array())) as {
      files: { file: string; recordType: string; number: string | null; sha256: string; size: number }[];
    };
    for (const m of manifest.files) {
      const bytes = entries[m.file] ?? new Uint8Array();
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(m.sha256);
      expect(bytes.length).toBe(m.size);
    }
    expect(manifest.files.find((m) => m.recordType === 'proposal')?.number).toBe('01/TTr-KTĐNC');
    const csv = strFromU8(entries['manifest.csv'] ?? new Uint8Array())
      .trim()
      .split('\n');
    expect(csv[0]).toBe('file,recordType,number,size,sha256');
    expect(csv).toHaveLength(files.length + 1);
  });

  it('stamps every entry with the dossier date, in DOS time fields', async () => {
    const { zip } = await demoDossier();
    const { date, time } = dosDateTime({ year: 2023, month: 1, day: 5 });
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    // Walk the central directory (scanning for signatures would also hit the stored .docx files' own headers).
    const eocd = zip.length - 22;
    expect(view.getUint32(eocd, true)).toBe(0x06054b50);
    const count = view.getUint16(eocd + 10, true);
    let p = view.getUint32(eocd + 16, true);
    for (let k = 0; k < count; k++) {
      const local = view.getUint32(p + 42, true);
      expect([view.getUint16(p + 12, true), view.getUint16(p + 14, true)]).toEqual([time, date]);
      expect([view.getUint16(local + 10, true), view.getUint16(local + 12, true)]).toEqual([time, date]);
      p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
    }
    expect(count).toBe(17);
  });
});
