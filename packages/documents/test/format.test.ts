import { describe, expect, it } from 'vitest';
import type { RecordType } from '../src/dossier';
import { demoDossier } from './demo-dossier';
import { checkRecord } from './format-checker';
import { specFor } from './specs';

const ALL_TYPES: RecordType[] = [
  'proposal',
  'nominationList',
  'conferenceMinutes',
  'tallyMinutes',
  'ballot',
  'yearEndReport',
  'scoreSummary',
  'reviewSummary',
  'achievementReport',
  'pact',
  'decision',
];

describe('ND 30/2020 format of every record', async () => {
  const dossier = await demoDossier();

  it('has every record type', () => {
    expect(new Set(dossier.files.map((f) => f.recordType))).toEqual(new Set(ALL_TYPES));
  });

  for (const file of dossier.files) {
    it(`${file.name} (${file.recordType}) conforms`, () => {
      expect(checkRecord(file.bytes, specFor(file.recordType, file.name))).toEqual([]);
    });
  }
});
