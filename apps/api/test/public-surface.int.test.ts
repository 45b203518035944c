import { loginAttempts } from '@thidua/db/schema';
import { DEMO_PASSWORD } from '@thidua/domain';
import type {} from '@thidua/vitest-setup/context';
import { eq } from 'drizzle-orm';
import superjson from 'superjson';
import { beforeEach, describe, expect, test } from 'vitest';
import { apiUnderTest } from './api-under-test';
import { httpClient } from './http-client';

/**
 * What anyone on the network can try. Password guessing as an attacker does it over HTTP: batches
 * of sign-ins in one request, parallel bursts, sprays of many names from one address, a distributed
 * attack on one name, and the password change (the clock is the server's injected one, so "an hour"
 * takes seconds). Bodies that cost the event loop, the security headers, and what /readyz tells.
 */
const HOUR = 3_600_000;
let now = Date.parse('2024-03-01T01:00:00Z');
const api = apiUnderTest('thidua_api_public_surface', {
  worker: false,
  services: { clock: () => new Date(now) },
  // Behind a proxy we trust: X-Forwarded-For names the attacker's address.
  server: { readiness: { database: async () => 'PostgreSQL 16.4 on x86_64-pc-linux-gnu' }, trustProxy: true },
});

beforeEach(async () => {
  await api.database.db.delete(loginAttempts);
  now += 24 * HOUR;
});

interface Answer {
  code: string;
  retryAfterSeconds?: number;
}

const headers = (ip: string) => ({
  'content-type': 'application/json',
  'x-thidua-csrf': '1',
  'x-forwarded-for': ip,
});

/** One sign-in per call, all in one request: `auth.signIn,auth.signIn,…?batch=1`. */
async function batchSignIn(
  ip: string,
  calls: { username: string; password: string }[],
): Promise<{ status: number; answers: Answer[] }> {
  const path = calls.map(() => 'auth.signIn').join(',');
  const body = Object.fromEntries(calls.map((c, i) => [i, superjson.serialize(c)]));
  const response = await fetch(`${api.url}/api/trpc/${path}?batch=1`, {
    method: 'POST',
    headers: headers(ip),
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as unknown;
  const items = Array.isArray(json) ? json : [json];
  return { status: response.status, answers: items.map(answerOf) };
}

async function signIn(ip: string, username: string, password: string): Promise<Answer> {
  const response = await fetch(`${api.url}/api/trpc/auth.signIn`, {
    method: 'POST',
    headers: headers(ip),
    body: JSON.stringify(superjson.serialize({ username, password })),
  });
  return answerOf(await response.json());
}

function answerOf(item: unknown): Answer {
  const x = item as {
    result?: unknown;
    error?: {
      code?: string;
      json?: { data?: { code: string; details?: { retryAfterSeconds?: number } } };
    };
  };
  if (x.result) return { code: 'OK' };
  // Refused before tRPC: the plain routes' `{ error: { code, message } }`.
  if (typeof x.error?.code === 'string') return { code: x.error.code };
  const data = x.error?.json?.data;
  return {
    code: data?.code ?? 'UNKNOWN',
    ...(data?.details?.retryAfterSeconds ? { retryAfterSeconds: data.details.retryAfterSeconds } : {}),
  };
}

const checked = (answers: Answer[]) =>
  answers.filter((a) => a.code === 'INVALID_CREDENTIALS' || a.code === 'OK').length;

/**
 * An hour of guessing as fast as the server lets it: batches of `batch` calls (single calls once
 * batches are refused), waiting exactly as long as a refusal says. `target(i)` names the i-th call's
 * username and address. Returns how many passwords were actually checked.
 */
async function guessForAnHour(target: (i: number) => { username: string; ip: string }, batch = 200) {
  const end = now + HOUR;
  let tried = 0;
  let calls = 0;
  let batching = true;
  while (now < end) {
    let answers: Answer[];
    if (batching) {
      const list = Array.from({ length: batch }, (_, k) => target(calls + k));
      const result = await batchSignIn(
        list[0]?.ip as string,
        list.map((t) => ({ username: t.username, password: `sai-${calls}` })),
      );
      if (result.answers.length === 1 && result.answers[0]?.code === 'BATCH_NOT_ALLOWED') {
        batching = false;
        continue;
      }
      answers = result.answers;
      calls += batch;
    } else {
      const t = target(calls);
      answers = [await signIn(t.ip, t.username, `sai-${calls}`)];
      calls += 1;
    }
    tried += checked(answers);
    const waits = answers.flatMap((a) => (a.retryAfterSeconds ? [a.retryAfterSeconds] : []));
    now += waits.length === answers.length ? Math.min(...waits) * 1000 : 1000;
  }
  return tried;
}

describe('how many passwords an attacker can try in an hour', () => {
  test('against one username from one address', async () => {
    const tried = await guessForAnHour(() => ({ username: 'tuphap.thutruong', ip: '198.51.100.20' }));
    console.log(`per username, one address: ${tried} passwords/hour`);
    expect(tried).toBeLessThanOrEqual(25);
  });

  test('against one username from ever new addresses', async () => {
    const tried = await guessForAnHour((i) => ({
      username: 'tuphap.thutruong',
      ip: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
    }));
    console.log(`per username, any number of addresses: ${tried} passwords/hour`);
    expect(tried).toBeLessThanOrEqual(100);
  });

  test('from one address, a new username each time', async () => {
    const tried = await guessForAnHour((i) => ({ username: `ten.${i}`, ip: '198.51.100.21' }));
    console.log(`per address, many usernames: ${tried} passwords/hour`);
    expect(tried).toBeLessThanOrEqual(200);
  });
});

describe('each call counts', () => {
  test('a batch of sign-ins in one request is refused whole, and checks no password', async () => {
    const calls = Array.from({ length: 200 }, (_, i) => ({
      username: 'tuphap.canbo',
      password: i === 199 ? DEMO_PASSWORD : `sai-mat-khau-${i}`,
    }));
    const result = await batchSignIn('198.51.100.30', calls);
    expect(result.status).toBe(400);
    expect(result.answers).toEqual([{ code: 'BATCH_NOT_ALLOWED' }]);
    const rows = await api.database.db
      .select()
      .from(loginAttempts)
      .where(eq(loginAttempts.username, 'tuphap.canbo'));
    expect(rows).toEqual([]);
  });

  test('a batch mixing a sign-in with other calls is refused too; batches without one pass', async () => {
    const mixed = await fetch(`${api.url}/api/trpc/system.info,auth.signIn?batch=1`, {
      method: 'POST',
      headers: headers('198.51.100.31'),
      body: JSON.stringify({ 1: superjson.serialize({ username: 'x', password: 'y' }) }),
    });
    expect(mixed.status).toBe(400);
    const reads = await fetch(`${api.url}/api/trpc/system.info,system.info?batch=1&input=%7B%7D`);
    expect(reads.status).toBe(200);
  });

  test('a parallel burst against one username checks five passwords, not fifteen', async () => {
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) => signIn('198.51.100.40', 'tuphap.thutruong', `sai-${i}`)),
    );
    expect(checked(answers)).toBe(5);
    expect(answers.filter((a) => a.code === 'LOGIN_LOCKED')).toHaveLength(25);
  });

  test('a parallel spray of many usernames from one address is held at the address limit', async () => {
    const answers = await Promise.all(
      Array.from({ length: 60 }, (_, i) => signIn('198.51.100.41', `ten.${i}`, 'sai-mat-khau-1')),
    );
    expect(checked(answers)).toBe(20);
  });

  test('the right password during a burst is refused like the wrong ones once the limit is reached', async () => {
    const wrong = Array.from({ length: 10 }, (_, i) => signIn('198.51.100.42', 'noivu.canbo', `sai-${i}`));
    await Promise.all(wrong);
    expect((await signIn('198.51.100.42', 'noivu.canbo', DEMO_PASSWORD)).code).toBe('LOGIN_LOCKED');
  });

  test('the password change is throttled like the sign-in, its failures counted', async () => {
    const client = httpClient(api.url);
    await client.signIn('congan.canbo', DEMO_PASSWORD);
    const answers = await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const result = await client.mutate('auth.changePassword', {
          currentPassword: `sai-${i}`,
          newPassword: 'Mật khẩu mới 2024',
        });
        return result.error?.data.code ?? 'OK';
      }),
    );
    expect(answers.filter((c) => c === 'WRONG_PASSWORD')).toHaveLength(5);
    expect(answers.filter((c) => c === 'LOGIN_LOCKED')).toHaveLength(15);
  });
});

describe('request parsing limits', () => {
  const nested = (bytes: number) => {
    const depth = Math.floor(bytes / 2);
    return `{"json":{"username":${'['.repeat(depth)}${']'.repeat(depth)},"password":"x"}}`;
  };

  test('an 800 KB nested-array body to the sign-in is refused unread, and the probes keep answering', async () => {
    const body = nested(800 * 1024);
    const attack = () =>
      fetch(`${api.url}/api/trpc/auth.signIn`, { method: 'POST', headers: headers('198.51.100.50'), body });
    const started = performance.now();
    const [health, ...answers] = await Promise.all([
      (async () => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        const t = performance.now();
        const response = await fetch(`${api.url}/healthz`);
        return { status: response.status, ms: performance.now() - t };
      })(),
      ...Array.from({ length: 4 }, attack),
    ]);
    const elapsed = performance.now() - started;
    for (const response of answers) {
      expect(response.status).toBe(413);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('REQUEST_TOO_LARGE');
    }
    expect(health.status).toBe(200);
    expect(health.ms).toBeLessThan(500);
    expect(elapsed).toBeLessThan(2_000);
    const rows = await api.database.db.select().from(loginAttempts);
    expect(rows).toEqual([]);
  });

  test('a nested body within the size limit is refused before it is parsed, signed in or not', async () => {
    const shallow = await fetch(`${api.url}/api/trpc/auth.signIn`, {
      method: 'POST',
      headers: headers('198.51.100.51'),
      body: nested(4 * 1024),
    });
    expect(shallow.status).toBe(400);
    expect(((await shallow.json()) as { error: { code: string } }).error.code).toBe('REQUEST_TOO_DEEP');
    const client = httpClient(api.url);
    await client.signIn('bandtdkt.chuyenvien', DEMO_PASSWORD);
    const signedIn = await fetch(`${api.url}/api/trpc/cycles.start`, {
      method: 'POST',
      headers: client.headers({ 'content-type': 'application/json', 'x-thidua-csrf': '1' }),
      body: nested(800 * 1024),
    });
    expect(signedIn.status).toBe(400);
    const query = await fetch(
      `${api.url}/api/trpc/cycles.get?input=${encodeURIComponent(nested(2 * 1024))}`,
      {
        headers: client.headers(),
      },
    );
    expect(query.status).toBe(400);
  });
});

describe('headers and probes', () => {
  test('every answer carries the security headers; HSTS only over TLS', async () => {
    for (const path of ['/healthz', '/api/trpc/system.info', '/api/no-such-route']) {
      const response = await fetch(`${api.url}${path}`);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).toMatch(/script-src 'self'(;|$)/);
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('strict-transport-security')).toBeNull();
    }
    const overTls = await fetch(`${api.url}/healthz`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(overTls.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
  });

  test('/readyz tells strangers only whether each part is up; a signed-in admin sees the details', async () => {
    const stranger = (await (await fetch(`${api.url}/readyz`)).json()) as unknown;
    expect(stranger).toEqual({ status: 'ready', checks: { database: { ok: true } } });
    const unit = httpClient(api.url);
    await unit.signIn('tuphap.canbo', DEMO_PASSWORD);
    expect(await (await fetch(`${api.url}/readyz`, { headers: unit.headers() })).json()).toEqual(stranger);
    const admin = httpClient(api.url);
    await admin.signIn('admin', DEMO_PASSWORD);
    const detailed = (await (await fetch(`${api.url}/readyz`, { headers: admin.headers() })).json()) as {
      checks: { database: { detail: string } };
    };
    expect(detailed.checks.database.detail).toBe('PostgreSQL 16.4 on x86_64-pc-linux-gnu');
  });
});
