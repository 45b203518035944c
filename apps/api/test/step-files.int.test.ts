/**
 * Files attached to a step, over HTTP: a unit head uploads the unit's withdrawal letter, the
 * secretariat a case's document; each only where the step itself would be allowed, checked as
 * evidence is; the bloc and the province read them back.
 */
import { createLogger } from '@thidua/config';
import { cycles, stepFiles } from '@thidua/db/schema';
import type { TestDatabase } from '@thidua/db/testing';
import { DEMO_PASSWORD } from '@thidua/domain';
import type {} from '@thidua/vitest-setup/context';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { demoDatabase } from '../../../packages/api/test/helpers/database';
import { SECRETARIAT, unitHead, unitOfficer } from '../../../packages/api/test/helpers/demo-users';
import { CYCLE_2023, PDF } from '../../../packages/api/test/helpers/fixtures';
import { type TestTemporal, testTemporal } from '../../../packages/api/test/helpers/temporal';
import { createApiServer } from '../src/app';
import { httpClient, listen } from './http-client';

const logger = createLogger({ level: 'fatal', format: 'json' });
let database: TestDatabase;
let temporal: TestTemporal;
let stopServer: (() => Promise<void>) | undefined;
let url: string;

beforeAll(async () => {
  database = await demoDatabase('thidua_api_step_files');
  temporal = await testTemporal({ worker: false, databaseUrl: database.url });
  // The year's conference is under way (as its workflow would have projected it).
  await database.db
    .update(cycles)
    .set({ phase: 'conference', startedAt: new Date() })
    .where(eq(cycles.id, CYCLE_2023));
  const app = createApiServer({
    logger,
    services: { version: 'test', db: database.db, temporal: temporal.client, taskQueue: temporal.taskQueue },
    readiness: {},
  });
  ({ url, close: stopServer } = await listen(app));
});

afterAll(async () => {
  await stopServer?.();
  await temporal?.close();
  await database?.drop();
});

async function signedIn(username: string) {
  const client = httpClient(url);
  expect((await client.signIn(username, DEMO_PASSWORD)).status).toBe(200);
  return client;
}
type Client = Awaited<ReturnType<typeof signedIn>>;

async function upload(client: Client, route: string, unitId: string, file: Blob, name: string) {
  const form = new FormData();
  form.set('cycleId', CYCLE_2023);
  form.set('unitId', unitId);
  form.set('file', file, name);
  const response = await fetch(`${url}/api/step-files/${route}`, {
    method: 'POST',
    headers: client.headers({ 'x-thidua-csrf': '1' }),
    body: form,
  });
  const body = (await response.json()) as { id?: string; fileName?: string; error?: { code: string } };
  return { status: response.status, code: body.error?.code, body };
}

const pdf = () => new Blob([PDF], { type: 'application/pdf' });

describe('files for a step', () => {
  test('a unit head attaches its own unit’s withdrawal letter, nobody else’s', async () => {
    const head = await signedIn(unitHead('u-stp'));
    const saved = await upload(head, 'withdrawal-letter', 'u-stp', pdf(), 'Công văn xin rút.pdf');
    expect(saved).toMatchObject({ status: 201, body: { fileName: 'Công văn xin rút.pdf' } });
    const [row] = await database.db
      .select()
      .from(stepFiles)
      .where(eq(stepFiles.id, saved.body.id as string));
    expect(row).toMatchObject({ cycleId: CYCLE_2023, unitId: 'u-stp', purpose: 'withdrawalLetter' });

    expect((await upload(head, 'withdrawal-letter', 'u-snv', pdf(), 'x.pdf')).code).toBe('OUT_OF_SCOPE');
    const officer = await signedIn(unitOfficer('u-stp'));
    expect((await upload(officer, 'withdrawal-letter', 'u-stp', pdf(), 'x.pdf')).code).toBe('FORBIDDEN_ROLE');
    // A letter is checked as evidence is: a page under a PDF's name is refused.
    const fake = new Blob(['<html>not a letter</html>'], { type: 'application/pdf' });
    expect((await upload(head, 'withdrawal-letter', 'u-stp', fake, 'x.pdf')).code).toBe(
      'FILE_CONTENT_MISMATCH',
    );

    // The bloc reads it back; a stranger to the bloc's year does not.
    const other = await signedIn(unitOfficer('u-snv'));
    const read = await fetch(`${url}/api/step-files/${saved.body.id}`, { headers: other.headers() });
    expect(read.status).toBe(200);
    expect(Buffer.from(await read.arrayBuffer())).toEqual(PDF);
    const anonymous = await fetch(`${url}/api/step-files/${saved.body.id}`);
    expect(anonymous.status).toBe(401);
  });

  test('the secretariat attaches a case’s document; a unit head cannot', async () => {
    const secretariat = await signedIn(SECRETARIAT);
    const saved = await upload(secretariat, 'eligibility-case', 'u-snv', pdf(), 'QĐ thanh tra.pdf');
    expect(saved.status).toBe(201);
    const head = await signedIn(unitHead('u-snv'));
    expect((await upload(head, 'eligibility-case', 'u-snv', pdf(), 'x.pdf')).code).toBe('FORBIDDEN_ROLE');
  });
});
