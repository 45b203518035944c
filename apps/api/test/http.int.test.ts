import { createHash } from 'node:crypto';
import { request } from 'node:http';
import { issueDocument } from '@thidua/db';
import { auditLog, cycles, EVIDENCE_MAX_BYTES, evidenceFiles } from '@thidua/db/schema';
import { DEMO_PASSWORD } from '@thidua/domain';
import type {} from '@thidua/vitest-setup/context';
import { and, eq } from 'drizzle-orm';
import { strFromU8, unzipSync } from 'fflate';
import superjson from 'superjson';
import { describe, expect, test } from 'vitest';
import {
  addFixtures,
  BLOC,
  CYCLE_2022,
  CYCLE_2023,
  type Fixtures,
  PDF,
} from '../../../packages/api/test/helpers/fixtures';
import { apiUnderTest } from './api-under-test';
import { httpClient } from './http-client';

let fixtures: Fixtures;
const api = apiUnderTest('thidua_api_http', {
  worker: true,
  prepare: async (database) => {
    fixtures = await addFixtures(database.db);
  },
});

const signedIn = async (username: string) => {
  const client = httpClient(api.url);
  const result = await client.signIn(username, DEMO_PASSWORD);
  expect(result.status).toBe(200);
  return client;
};

describe('sessions and CSRF over HTTP', () => {
  test('sign-in sets the session cookie; me answers with it; sign-out clears it', async () => {
    const client = httpClient(api.url);
    const result = await client.signIn('noivu.canbo', DEMO_PASSWORD);
    expect(result.status).toBe(200);
    expect(result.response.headers.getSetCookie()[0]).toMatch(
      /^thidua_session=[\w-]{43}; Path=\/; HttpOnly; SameSite=Lax$/,
    );
    expect((await client.query<{ username: string }>('auth.me')).data?.username).toBe('noivu.canbo');
    expect((await client.mutate('auth.signOut')).status).toBe(200);
    const after = await client.query('auth.me');
    expect(after.status).toBe(401);
    expect(after.error?.data.code).toBe('UNAUTHENTICATED');
  });

  test('a write without the CSRF header, or from a foreign origin, is refused before it runs', async () => {
    const client = await signedIn('noivu.canbo');
    const missing = await fetch(`${api.url}/api/trpc/auth.signOut`, {
      method: 'POST',
      headers: client.headers({ 'content-type': 'application/json' }),
    });
    expect(missing.status).toBe(403);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('CSRF_REJECTED');
    const foreign = await fetch(`${api.url}/api/trpc/auth.signOut`, {
      method: 'POST',
      headers: client.headers({
        'content-type': 'application/json',
        'x-thidua-csrf': '1',
        origin: 'https://evil.example',
      }),
    });
    expect(foreign.status).toBe(403);
    // Still signed in: neither request reached the procedure.
    expect((await client.query('auth.me')).status).toBe(200);
    const sameOrigin = await client.mutate('auth.signOut', undefined, {
      'x-thidua-csrf': '1',
      origin: api.url,
    });
    expect(sameOrigin.status).toBe(200);
  });

  test('the sign-in form itself needs the header (no login CSRF)', async () => {
    const response = await fetch(`${api.url}/api/trpc/auth.signIn`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ json: { username: 'noivu.canbo', password: DEMO_PASSWORD } }),
    });
    expect(response.status).toBe(403);
    expect(response.headers.getSetCookie()).toEqual([]);
  });

  test('malformed and oversized requests are 4xx, never 5xx', async () => {
    const client = await signedIn('bandtdkt.chuyenvien');
    const post = (path: string, body: string, type = 'application/json') =>
      fetch(`${api.url}/api/trpc/${path}`, {
        method: 'POST',
        headers: client.headers({ 'content-type': type, 'x-thidua-csrf': '1' }),
        body,
      });
    const statuses = [
      (await post('cycles.start', '{not json')).status,
      (await post('cycles.start', JSON.stringify({ json: { blocId: 1 } }))).status,
      (
        await post(
          'cycles.start',
          JSON.stringify({ json: { blocId: BLOC, year: 2023, calendar: {}, extra: 1 } }),
        )
      ).status,
      (await post('no.such.procedure', '{}')).status,
      (await fetch(`${api.url}/api/trpc/cycles.start`, { headers: client.headers() })).status,
      await oversized(
        `${api.url}/api/trpc/cycles.start`,
        client.headers({ 'content-type': 'application/json', 'x-thidua-csrf': '1' }),
      ),
      (await client.query('cycles.get', { cycleId: 'khong-co' })).status,
      (await fetch(`${api.url}/api/trpc/cycles.get?input=%7B`, { headers: client.headers() })).status,
    ];
    expect(statuses).toEqual([400, 400, 400, 404, 405, 413, 404, 400]);
  });
});

describe('answers on a slow line', () => {
  test('a JSON answer travels gzip-compressed to a client that accepts it, plain to one that does not', async () => {
    const client = await signedIn('tuphap.canbo');
    const url = `${api.url}/api/trpc/cycles.get?input=${encodeURIComponent(JSON.stringify({ json: { cycleId: CYCLE_2022 } }))}`;
    const zipped = await fetch(url, { headers: client.headers({ 'accept-encoding': 'gzip' }) });
    expect(zipped.status).toBe(200);
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    const plain = await fetch(url, { headers: client.headers({ 'accept-encoding': 'identity' }) });
    expect(plain.headers.get('content-encoding')).toBeNull();
    const plainText = await plain.text();
    expect(plainText.length).toBeGreaterThan(1024);
    // The same answer either way (fetch decompresses).
    expect(await zipped.text()).toBe(plainText);
  });

  test('a small answer goes as it is, with its length: gzip would only add to it', async () => {
    const res = await fetch(`${api.url}/api/trpc/system.info`, { headers: { 'accept-encoding': 'gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBeNull();
    const body = new Uint8Array(await res.arrayBuffer());
    expect(body.byteLength).toBeLessThan(1024);
    expect(Number(res.headers.get('content-length'))).toBe(body.byteLength);
  });
});

describe('workflow steps over HTTP', () => {
  test('a refusal arrives as its tRPC status with data.code and a Vietnamese message', async () => {
    const secretariat = await signedIn('bandtdkt.chuyenvien');
    const now = Date.now();
    const iso = (days: number) => new Date(now + days * 86_400_000).toISOString();
    const started = await secretariat.mutate<{ cycleId: string }>('cycles.start', {
      blocId: BLOC,
      year: 2023,
      calendar: { registration: iso(5), selfAssessment: iso(10), reviewResponse: iso(15), dossier: iso(20) },
    });
    expect(started.status).toBe(200);
    const unit = await signedIn('noivu.thutruong');
    let refusal = await unit.mutate('registration.signPact', { cycleId: CYCLE_2023, unitId: 'u-snv' });
    // Until the new cycle is projected and its workflow answers, the step finds no cycle yet.
    const notYet = (code: string | undefined) => code === 'NOT_FOUND' || code === 'CYCLE_NOT_STARTED';
    for (let i = 0; i < 50 && notYet(refusal.error?.data.code); i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      refusal = await unit.mutate('registration.signPact', { cycleId: CYCLE_2023, unitId: 'u-snv' });
    }
    expect(refusal.status).toBe(412);
    expect(refusal.error?.data).toMatchObject({ code: 'PLAN_NOT_ADOPTED', trpcCode: 'PRECONDITION_FAILED' });
    expect(refusal.error?.message).toBe(
      'Kế hoạch, bảng tiêu chí và bộ quy định của năm chưa được thông qua.',
    );
    const other = await unit.mutate('registration.signPact', { cycleId: CYCLE_2023, unitId: 'u-stp' });
    expect(other.status).toBe(403);
    expect(other.error?.data.code).toBe('OUT_OF_SCOPE');
    const head = await signedIn('thanhtra.truongkhoi');
    expect(
      (await head.mutate('cycles.adoptPlan', { cycleId: CYCLE_2023, planTitle: 'Kế hoạch năm 2023' })).status,
    ).toBe(200);
    // Sent again under its action key (its answer was lost, say), the step is answered, not done twice.
    const sign = (actionKey: string) =>
      unit.mutate(
        'registration.signPact',
        { cycleId: CYCLE_2023, unitId: 'u-snv' },
        { 'x-thidua-csrf': '1', 'x-thidua-action': actionKey },
      );
    const key = 'ky-giao-uoc-0000000001';
    expect((await sign(key)).status).toBe(200);
    expect((await sign(key)).status).toBe(200);
    const anotherAction = await sign('ky-giao-uoc-0000000002');
    expect(anotherAction.error?.data.code).toBe('ALREADY_SIGNED');
    const signings = await api.database.db
      .select({ key: auditLog.idempotencyKey })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'pact.sign'), eq(auditLog.entityId, 'u-snv')));
    expect(signings).toHaveLength(1);
  });

  test('an action key is well formed, and names one request', async () => {
    const unit = await signedIn('noivu.thutruong');
    const input = JSON.stringify(superjson.serialize({ cycleId: CYCLE_2023, unitId: 'u-snv' }));
    const send = (path: string, body: string, actionKey: string) =>
      fetch(`${api.url}/api/trpc/${path}`, {
        method: 'POST',
        headers: unit.headers({
          'content-type': 'application/json',
          'x-thidua-csrf': '1',
          'x-thidua-action': actionKey,
        }),
        body,
      });
    const malformed = await send('registration.signPact', input, 'ngan');
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { error: { code: string } }).error.code).toBe('INVALID_ACTION_KEY');
    const batch = await send(
      'registration.signPact,registration.signPact?batch=1',
      JSON.stringify({ 0: superjson.serialize({ cycleId: CYCLE_2023, unitId: 'u-snv' }), 1: {} }),
      'mot-thao-tac-hai-buoc-01',
    );
    expect(batch.status).toBe(400);
    expect(((await batch.json()) as { error: { code: string } }).error.code).toBe('BATCH_NOT_ALLOWED');
  });

  test('the conference screen streams over SSE', async () => {
    const unit = await signedIn('tuphap.canbo');
    const input = encodeURIComponent(JSON.stringify(superjsonInput({ cycleId: CYCLE_2022 })));
    const controller = new AbortController();
    const response = await fetch(`${api.url}/api/trpc/conference.live?input=${input}`, {
      headers: unit.headers({ accept: 'text/event-stream' }),
      signal: controller.signal,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    let text = '';
    while (!text.includes('"rounds"')) text += new TextDecoder().decode((await reader.read()).value);
    controller.abort();
    expect(text).toMatch(/^id: /m);
    expect(text).not.toMatch(/"candidateIds"|"choices"/);
  });
});

const superjsonInput = (value: unknown) => ({ json: value });

/** POSTs 2 MB; the server answers 413 from Content-Length and may close before reading it all. */
function oversized(target: string, headers: Record<string, string>): Promise<number> {
  const body = Buffer.alloc(2 * 1024 * 1024, 'x');
  return new Promise((resolve, reject) => {
    const req = request(
      target,
      { method: 'POST', headers: { ...headers, 'content-length': String(body.length) } },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', (error) => (req.destroyed ? undefined : reject(error)));
    req.end(body);
  });
}

describe('files', () => {
  test('a record downloads with its type and a UTF-8 file name, for its bloc only', async () => {
    const unit = await signedIn('tuphap.canbo');
    const response = await fetch(`${api.url}/api/files/${fixtures.documentId}`, { headers: unit.headers() });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="To trinh de nghi khen thuong.docx"; filename*=UTF-8''${encodeURIComponent('Tờ trình đề nghị khen thưởng.docx')}`,
    );
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await fetch(`${api.url}/api/files/${fixtures.documentId}`)).status).toBe(401);
    const admin = await signedIn('admin');
    expect(
      (await fetch(`${api.url}/api/files/${fixtures.documentId}`, { headers: admin.headers() })).status,
    ).toBe(403);
    expect((await fetch(`${api.url}/api/files/not-a-uuid`, { headers: unit.headers() })).status).toBe(404);
  });

  test('evidence: uploaded with type, size and content checks, hashed, and private to its unit while a draft', async () => {
    await api.database.db.update(cycles).set({ phase: 'selfAssessment' }).where(eq(cycles.id, CYCLE_2023));
    const officer = await signedIn('noivu.canbo');
    const upload = (
      file: Blob,
      name: string,
      fields: Record<string, string> = { cycleId: CYCLE_2023, unitId: 'u-snv' },
      csrf = true,
    ) => {
      const form = new FormData();
      for (const [k, v] of Object.entries(fields)) form.set(k, v);
      form.set('file', file, name);
      return fetch(`${api.url}/api/evidence`, {
        method: 'POST',
        headers: officer.headers(csrf ? { 'x-thidua-csrf': '1' } : {}),
        body: form,
      });
    };
    const pdf = new Blob([PDF], { type: 'application/pdf' });
    expect((await upload(pdf, 'a.pdf', undefined, false)).status).toBe(403);
    expect((await upload(new Blob(['hello'], { type: 'text/plain' }), 'a.txt')).status).toBe(415);
    const fake = await upload(new Blob(['MZ not a pdf'], { type: 'application/pdf' }), 'a.pdf');
    expect(fake.status).toBe(400);
    expect(((await fake.json()) as { error: { code: string } }).error.code).toBe('FILE_CONTENT_MISMATCH');
    expect(
      (
        await upload(
          new Blob([Buffer.alloc(EVIDENCE_MAX_BYTES + 1024)], { type: 'application/pdf' }),
          'big.pdf',
        )
      ).status,
    ).toBe(413);
    expect((await upload(pdf, 'a.pdf', { cycleId: CYCLE_2023, unitId: 'u-stp' })).status).toBe(403);

    const ok = await upload(pdf, 'Báo cáo minh chứng.pdf');
    expect(ok.status).toBe(201);
    const { id } = (await ok.json()) as { id: string };
    const [row] = await api.database.db.select().from(evidenceFiles).where(eq(evidenceFiles.id, id));
    expect(row?.sha256).toBe(createHash('sha256').update(PDF).digest('hex'));
    const back = await fetch(`${api.url}/api/files/${id}`, { headers: officer.headers() });
    expect(back.status).toBe(200);
    expect(Buffer.from(await back.arrayBuffer()).equals(PDF)).toBe(true);
    expect(back.headers.get('etag')).toBe(`"${row?.sha256}"`);
    const otherUnit = await signedIn('tuphap.canbo');
    expect((await fetch(`${api.url}/api/files/${id}`, { headers: otherUnit.headers() })).status).toBe(403);
    const head = await signedIn('thanhtra.truongkhoi');
    expect((await fetch(`${api.url}/api/files/${id}`, { headers: head.headers() })).status).toBe(404);
  });

  test('a signed scan is PDF only, kept beside its record, and freezes it', async () => {
    await api.database.db.transaction((tx) => issueDocument(tx, fixtures.documentId));
    const secretariat = await signedIn('bandtdkt.chuyenvien');
    const post = (file: Blob) => {
      const form = new FormData();
      form.set('file', file, 'Tờ trình đã ký.pdf');
      return fetch(`${api.url}/api/files/${fixtures.documentId}/signed-scan`, {
        method: 'POST',
        headers: secretariat.headers({ 'x-thidua-csrf': '1' }),
        body: form,
      });
    };
    expect((await post(new Blob([PDF], { type: 'image/png' }))).status).toBe(415);
    expect((await post(new Blob([PDF], { type: 'application/pdf' }))).status).toBe(201);
    expect((await post(new Blob([PDF], { type: 'application/pdf' }))).status).toBe(409);
    const scan = await fetch(`${api.url}/api/files/${fixtures.documentId}/signed`, {
      headers: secretariat.headers(),
    });
    expect(scan.status).toBe(200);
    expect(scan.headers.get('content-type')).toBe('application/pdf');
    expect(scan.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('Tờ trình đã ký.pdf')}`,
    );
  });

  test('the dossier zip holds every record and a SHA-256 manifest', async () => {
    const unit = await signedIn('tuphap.canbo');
    const response = await fetch(`${api.url}/api/cycles/${CYCLE_2022}/dossier.zip`, {
      headers: unit.headers(),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    expect(Object.keys(files)).toContain('Tờ trình đề nghị khen thưởng.docx');
    const manifest = strFromU8(files.SHA256SUMS as Uint8Array);
    expect(manifest).toMatch(/^[0-9a-f]{64} {2}Tờ trình đề nghị khen thưởng\.docx$/m);
    expect((await fetch(`${api.url}/api/cycles/${CYCLE_2022}/dossier.zip`)).status).toBe(401);
  });
});
