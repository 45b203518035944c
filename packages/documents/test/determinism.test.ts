import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildDossier } from '../src/dossier';
import { demoDossierInput } from './sample';

// Two builds at different wall-clock times (docx stamps "now" into core.xml and the zip headers).
async function buildAt(iso: string) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(iso));
  try {
    return await buildDossier(demoDossierInput);
  } finally {
    vi.useRealTimers();
  }
}

describe('determinism', () => {
  afterEach(() => vi.useRealTimers());

  it('builds every record byte-identical at different times, and the same zip', async () => {
    const a = await buildAt('2024-03-01T08:00:00Z');
    const b = await buildAt('2031-11-17T23:59:58Z');
    expect(a.files.map((f) => f.name)).toEqual(b.files.map((f) => f.name));
    for (const [i, f] of a.files.entries()) {
      expect(Buffer.from(f.bytes).equals(Buffer.from(b.files[i]?.bytes ?? new Uint8Array())), f.name).toBe(
        true,
      );
    }
    expect(Buffer.from(a.zip).equals(Buffer.from(b.zip))).toBe(true);
  });

  it('stamps the record date into core properties instead of "now"', async () => {
    const { files } = await buildAt('2030-06-15T10:00:00Z');
    const proposal = files.find((f) => f.recordType === 'proposal');
    const core = strFromU8(
      unzipSync(proposal?.bytes ?? new Uint8Array())['docProps/core.xml'] ?? new Uint8Array(),
    );
    expect(core).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2023-01-05T00:00:00Z</dcterms:created>',
    );
    expect(core).toContain(
      '<dcterms:modified xsi:type="dcterms:W3CDTF">2023-01-05T00:00:00Z</dcterms:modified>',
    );
  });
});
