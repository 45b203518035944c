/**
 * Files attached to a step, over HTTP: a unit head uploads the unit's withdrawal letter, the
 * secretariat a case's document; each only where the step itself would be allowed, checked as
 * evidence is; the bloc and the province read them back.
 */
import { stepFiles } from '@thidua/db/schema';
import type {} from '@thidua/vitest-setup/context';
import { eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { SECRETARIAT, unitHead, unitOfficer } from '../../../packages/api/test/helpers/demo-users';
import { CYCLE_2023, PDF } from '../../../packages/api/test/helpers/fixtures';
import { apiUnderTest, signedIn, yearIn } from './api-under-test';
import { type httpClient, postFile } from './http-client';

const api = apiUnderTest('thidua_api_step_files', {
  worker: false,
  // The year's conference is under way.
  prepare: yearIn('conference'),
});

const as = (username: string) => signedIn(api.url, username);

const upload = (
  client: ReturnType<typeof httpClient>,
  route: string,
  unitId: string,
  blob: Blob,
  name: string,
) => postFile(api.url, client, `/api/step-files/${route}`, { cycleId: CYCLE_2023, unitId }, { blob, name });

const pdf = () => new Blob([PDF], { type: 'application/pdf' });

describe('files for a step', () => {
  test('a unit head attaches its own unit’s withdrawal letter, nobody else’s', async () => {
    const head = await as(unitHead('u-stp'));
    const saved = await upload(head, 'withdrawal-letter', 'u-stp', pdf(), 'Công văn xin rút.pdf');
    expect(saved).toMatchObject({ status: 201, body: { fileName: 'Công văn xin rút.pdf' } });
    const [row] = await api.database.db
      .select()
      .from(stepFiles)
      .where(eq(stepFiles.id, saved.body.id as string));
    expect(row).toMatchObject({ cycleId: CYCLE_2023, unitId: 'u-stp', purpose: 'withdrawalLetter' });

    expect((await upload(head, 'withdrawal-letter', 'u-snv', pdf(), 'x.pdf')).code).toBe('OUT_OF_SCOPE');
    const officer = await as(unitOfficer('u-stp'));
    expect((await upload(officer, 'withdrawal-letter', 'u-stp', pdf(), 'x.pdf')).code).toBe('FORBIDDEN_ROLE');
    // A letter is checked as evidence is: a page under a PDF's name is refused.
    const fake = new Blob(['<html>not a letter</html>'], { type: 'application/pdf' });
    expect((await upload(head, 'withdrawal-letter', 'u-stp', fake, 'x.pdf')).code).toBe(
      'FILE_CONTENT_MISMATCH',
    );

    // The bloc reads it back; a stranger to the bloc's year does not.
    const other = await as(unitOfficer('u-snv'));
    const read = await fetch(`${api.url}/api/step-files/${saved.body.id}`, { headers: other.headers() });
    expect(read.status).toBe(200);
    expect(Buffer.from(await read.arrayBuffer())).toEqual(PDF);
    const anonymous = await fetch(`${api.url}/api/step-files/${saved.body.id}`);
    expect(anonymous.status).toBe(401);
  });

  test('the secretariat attaches a case’s document; a unit head cannot', async () => {
    const secretariat = await as(SECRETARIAT);
    const saved = await upload(secretariat, 'eligibility-case', 'u-snv', pdf(), 'QĐ thanh tra.pdf');
    expect(saved.status).toBe(201);
    const head = await as(unitHead('u-snv'));
    expect((await upload(head, 'eligibility-case', 'u-snv', pdf(), 'x.pdf')).code).toBe('FORBIDDEN_ROLE');
  });
});
