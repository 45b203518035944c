// A reviewable snapshot of one record's body. Only word/document.xml: other parts carry dates and ids.
import { strFromU8, unzipSync } from 'fflate';
import { expect, it } from 'vitest';
import { buildBallot } from '../src/records/ballot';
import { demoDossierInput } from './sample';

it('word/document.xml of the certificate ballot', async () => {
  const ballot = demoDossierInput.ballots[1];
  if (!ballot) throw new Error('demo has no certificate ballot');
  const xml = strFromU8(unzipSync(await buildBallot(ballot))['word/document.xml'] ?? new Uint8Array());
  // One element per line so a layout change reads as a small diff.
  const readable = xml.replace(/(<w:(?:p|tbl|tr|tc|sectPr)[ >])/g, '\n$1');
  await expect(readable).toMatchFileSnapshot('__snapshots__/ballot-certificate.document.xml');
});
