import { type ApiServices, defaultAuthPolicy } from '@thidua/api';
import {
  auditLog,
  blocMemberships,
  blocs,
  loginAttempts,
  sessions,
  units,
  userRoles,
  users,
} from '@thidua/db/schema';
import type { TestDatabase } from '@thidua/db/testing';
import { DEMO_PASSWORD } from '@thidua/domain';
import type {} from '@thidua/vitest-setup/context';
import { asc, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { toGrant } from '../src/auth/load-principal';
import type { Grant } from '../src/auth/principal';
import { findSessionPrincipal } from '../src/auth/session-store';
import { hashSessionToken } from '../src/auth/token';
import { browser } from './helpers/browser';
import { callerAs } from './helpers/callers';
import { demoDatabase } from './helpers/database';
import { BLOC_HEAD_2023, SECRETARIAT, unitHead, unitOfficer } from './helpers/demo-users';
import { refused, statusOf } from './helpers/errors';
import { type TestTemporal, testServices, testTemporal } from './helpers/temporal';

const MINUTE = 60_000;
let database: TestDatabase;
let temporal: TestTemporal;
let services: ApiServices;
let now = Date.parse('2023-06-01T02:00:00Z');

beforeAll(async () => {
  database = await demoDatabase('thidua_api_auth');
  temporal = await testTemporal({ worker: false, databaseUrl: database.url });
  services = testServices(database.db, temporal, { clock: () => new Date(now) });
});

afterAll(async () => {
  await temporal?.close();
  await database?.drop();
});

beforeEach(async () => {
  // Each test starts with a clean slate of attempts, a clock of its own and the real time ahead of it.
  await database.db.delete(loginAttempts);
  now += 24 * 60 * MINUTE;
});

/** The signed-in account as the session cookie shows it. */
const me = (b: ReturnType<typeof browser>) => b.call((api) => api.auth.me());
const usernameOf = async (b: ReturnType<typeof browser>) => (await me(b))?.username;
const signIn = (b: ReturnType<typeof browser>, username: string, password = DEMO_PASSWORD) =>
  b.call((api) => api.auth.signIn({ username, password }));

describe('sign-in and sessions', () => {
  test('a good password opens a session: HttpOnly, SameSite=Lax, Path=/ cookie holding a token stored only as a hash', async () => {
    const b = browser(services);
    const me = await signIn(b, 'tuphap.canbo');
    expect(me?.username).toBe('tuphap.canbo');
    const set = b.setCookies.at(-1) as string;
    expect(set).toMatch(/^thidua_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Lax$/);
    const token = (b.cookie as string).split('=')[1] as string;
    const rows = await database.db.select().from(sessions);
    expect(rows.some((r) => r.id === token)).toBe(false);
    expect(rows.some((r) => /^[0-9a-f]{64}$/.test(r.id))).toBe(true);
    expect(await usernameOf(b)).toBe('tuphap.canbo');
  });

  test('over https the cookie is Secure and __Host- prefixed', async () => {
    const b = browser(services, { secure: true });
    await signIn(b, 'tuphap.canbo');
    expect(b.setCookies.at(-1)).toMatch(
      /^__Host-thidua_session=[^;]+; Path=\/; HttpOnly; SameSite=Lax; Secure$/,
    );
    expect(await usernameOf(b)).toBe('tuphap.canbo');
  });

  test('a wrong password and an unknown name get the same answer', async () => {
    const b = browser(services);
    const wrong = await refused(signIn(b, 'tuphap.canbo', 'sai-mat-khau-1'), 'INVALID_CREDENTIALS');
    const unknown = await refused(signIn(b, 'khong.ton.tai', 'sai-mat-khau-1'), 'INVALID_CREDENTIALS');
    expect(wrong.message).toBe(unknown.message);
    expect(statusOf(wrong)).toBe(401);
  });

  test('five failures from one address lock the username there, not elsewhere; an admin lifts the lock', async () => {
    const b = browser(services, { ip: '198.51.100.1' });
    for (let i = 0; i < defaultAuthPolicy.pair.freeFailures; i++) {
      await refused(signIn(b, 'tuphap.thutruong', `sai-mat-khau-${i}`), 'INVALID_CREDENTIALS');
    }
    const locked = await refused(signIn(b, 'tuphap.thutruong'), 'LOGIN_LOCKED');
    expect(statusOf(locked)).toBe(429);
    expect(locked.message).toMatch(/thử lại sau 15 phút/);
    // The user at another address is not locked out by someone else's guesses.
    expect((await signIn(browser(services, { ip: '198.51.100.2' }), 'tuphap.thutruong'))?.username).toBe(
      'tuphap.thutruong',
    );
    for (let i = 0; i < defaultAuthPolicy.pair.freeFailures; i++) {
      await refused(signIn(b, 'tuphap.thutruong', `sai-mat-khau-${i}`), 'INVALID_CREDENTIALS');
    }
    await refused(signIn(b, 'tuphap.thutruong'), 'LOGIN_LOCKED');
    const [user] = await database.db.select().from(users).where(eq(users.username, 'tuphap.thutruong'));
    const admin = await callerAs(services, 'admin');
    await admin.admin.users.unlock({ userId: user?.id as string });
    expect((await signIn(b, 'tuphap.thutruong'))?.username).toBe('tuphap.thutruong');
    const [unlockRow] = await database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'user.unlock'))
      .orderBy(sql`${auditLog.id} desc`)
      .limit(1);
    expect(unlockRow?.entityId).toBe(user?.id);
  });

  test('a lock ends on its own after the lockout', async () => {
    const b = browser(services, { ip: '198.51.100.3' });
    for (let i = 0; i < defaultAuthPolicy.pair.freeFailures; i++) {
      await refused(signIn(b, 'tuphap.thutruong', `sai-mat-khau-${i}`), 'INVALID_CREDENTIALS');
    }
    await refused(signIn(b, 'tuphap.thutruong'), 'LOGIN_LOCKED');
    now += defaultAuthPolicy.pair.maxDelayMs;
    expect((await signIn(b, 'tuphap.thutruong'))?.username).toBe('tuphap.thutruong');
  });

  test('guesses at one username from many addresses meet a growing delay, never a lock', async () => {
    const rule = defaultAuthPolicy.username;
    for (let i = 0; i < rule.freeFailures; i++) {
      await refused(
        signIn(browser(services, { ip: `10.1.0.${i}` }), 'thanhtra.thutruong', 'sai-mat-khau-1'),
        'INVALID_CREDENTIALS',
      );
    }
    const slowed = await refused(
      signIn(browser(services, { ip: '10.1.1.1' }), 'thanhtra.thutruong'),
      'LOGIN_LOCKED',
    );
    expect(slowed.message).toMatch(/thử lại sau 1 giây/);
    now += rule.firstDelayMs;
    await refused(
      signIn(browser(services, { ip: '10.1.1.2' }), 'thanhtra.thutruong', 'sai-2'),
      'INVALID_CREDENTIALS',
    );
    await refused(signIn(browser(services, { ip: '10.1.1.3' }), 'thanhtra.thutruong'), 'LOGIN_LOCKED');
    now += 2 * rule.firstDelayMs;
    expect((await signIn(browser(services, { ip: '10.1.1.4' }), 'thanhtra.thutruong'))?.username).toBe(
      'thanhtra.thutruong',
    );
  });

  test('one address spraying many names is slowed down; a user known at that address is not', async () => {
    const home = '198.51.100.9';
    // The user signed in from this address before the spray.
    await signIn(browser(services, { ip: home }), 'tuphap.canbo');
    const b = browser(services, { ip: home });
    for (let i = 0; i < defaultAuthPolicy.address.freeFailures; i++) {
      await refused(signIn(b, `ten-${i}`, 'sai-mat-khau-1'), 'INVALID_CREDENTIALS');
    }
    await refused(signIn(b, 'tuphap.thutruong'), 'LOGIN_LOCKED');
    expect((await signIn(b, 'tuphap.canbo'))?.username).toBe('tuphap.canbo');
    expect((await signIn(browser(services, { ip: '198.51.100.10' }), 'tuphap.thutruong'))?.username).toBe(
      'tuphap.thutruong',
    );
  });

  test('a session ends after the idle timeout', async () => {
    const b = browser(services);
    await signIn(b, 'thanhtra.canbo');
    now += defaultAuthPolicy.idleTimeoutMs - MINUTE;
    expect(await usernameOf(b)).toBe('thanhtra.canbo');
    now += defaultAuthPolicy.idleTimeoutMs + MINUTE;
    await refused(me(b), 'SESSION_EXPIRED');
    await refused(me(b), 'UNAUTHENTICATED');
  });

  test('a session ends at the absolute timeout however busy it is', async () => {
    const b = browser(services);
    await signIn(b, 'thanhtra.canbo');
    const end = now + defaultAuthPolicy.absoluteTimeoutMs;
    while (now + 20 * MINUTE < end) {
      now += 20 * MINUTE;
      expect(await usernameOf(b)).toBe('thanhtra.canbo');
    }
    now = end + 1;
    await refused(me(b), 'SESSION_EXPIRED');
  });

  test('last use is written at most once per touch interval, however many requests come', async () => {
    const b = browser(services);
    await signIn(b, 'qltt.canbo');
    const id = hashSessionToken((b.cookie as string).split('=')[1] as string);
    const lastSeen = async () =>
      (
        await database.db.select({ at: sessions.lastSeenAt }).from(sessions).where(eq(sessions.id, id))
      )[0]?.at.getTime();
    const signedInAt = now;
    expect(await lastSeen()).toBe(signedInAt);
    for (const after of [1, 30, 59]) {
      now = signedInAt + after * 1000;
      expect(await usernameOf(b)).toBe('qltt.canbo');
    }
    expect(await lastSeen()).toBe(signedInAt);
    // Past the interval, a burst of requests moves it once, to the time of the burst.
    now = signedInAt + defaultAuthPolicy.touchIntervalMs + 1000;
    const burst = await Promise.all(Array.from({ length: 10 }, () => me(b)));
    expect(burst.every((me) => me?.username === 'qltt.canbo')).toBe(true);
    expect(await lastSeen()).toBe(now);
  });

  test('idle time counts from the last written use: a session ends at most one touch interval early, never late', async () => {
    const b = browser(services);
    await signIn(b, 'qltt.canbo');
    const signedInAt = now;
    // Used again within the interval: not written, so the idle clock still runs from sign-in…
    now = signedInAt + defaultAuthPolicy.touchIntervalMs - 1000;
    await me(b);
    now = signedInAt + defaultAuthPolicy.idleTimeoutMs - 1000;
    // …which is still inside the idle timeout; this use is written and restarts the clock.
    expect(await usernameOf(b)).toBe('qltt.canbo');
    const written = now;
    now = written + defaultAuthPolicy.idleTimeoutMs - 1000;
    expect(await usernameOf(b)).toBe('qltt.canbo');
    // Idle for the full timeout after a written use: over.
    now += defaultAuthPolicy.idleTimeoutMs;
    await refused(me(b), 'SESSION_EXPIRED');

    const early = browser(services);
    await signIn(early, 'qltt.canbo');
    const start = now;
    now = start + defaultAuthPolicy.touchIntervalMs - 1000; // last use, not written
    await me(early);
    now = start + defaultAuthPolicy.idleTimeoutMs; // idle timeout minus (touch interval - 1 s) after it
    await refused(me(early), 'SESSION_EXPIRED');
  });

  test('one statement yields the principal with every grant resolved, as the sign-in does', async () => {
    for (const username of [SECRETARIAT, BLOC_HEAD_2023, unitOfficer('u-stp'), unitHead('u-ttt'), 'admin']) {
      const b = browser(services);
      const me = await signIn(b, username);
      const token = (b.cookie as string).split('=')[1] as string;
      const principal = await findSessionPrincipal(database.db, token, new Date(now), defaultAuthPolicy);
      const [user] = await database.db.select().from(users).where(eq(users.username, username));
      expect(principal?.userId).toBe(user?.id);
      expect(principal?.sessionId).toBe(hashSessionToken(token));
      expect(principal?.grants).toEqual(await expectedGrants(user?.id as string));
      expect(principal?.grants.map((g) => g.role).sort()).toEqual(me?.grants.map((g) => g.role).sort());
    }
  });

  test('signing out deletes the session and clears the cookie', async () => {
    const b = browser(services);
    await signIn(b, 'congan.canbo');
    const before = await database.db.select({ n: sql<number>`count(*)::int` }).from(sessions);
    await b.call((api) => api.auth.signOut());
    expect(b.setCookies.at(-1)).toMatch(/^thidua_session=; Path=\/; HttpOnly; SameSite=Lax; Max-Age=0$/);
    const after = await database.db.select({ n: sql<number>`count(*)::int` }).from(sessions);
    expect(after[0]?.n).toBe((before[0]?.n ?? 0) - 1);
    await refused(me(b), 'UNAUTHENTICATED');
  });

  test('sign-in, sign-out and password changes are audited without any password', async () => {
    const rows = await database.db.select().from(auditLog).where(sql`${auditLog.action} like 'auth.%'`);
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).not.toContain(DEMO_PASSWORD);
  });
});

describe('accounts', () => {
  test('an admin creates a user with a one-time password that must be changed before anything else', async () => {
    const admin = await callerAs(services, 'admin');
    const created = await admin.admin.users.create({
      username: 'Nguyen.Van.B',
      displayName: 'Nguyễn Văn B',
      grants: [{ role: 'unitOfficer', scope: { kind: 'unit', unitId: 'u-stp' } }],
    });
    expect(created.username).toBe('nguyen.van.b');
    expect(created.temporaryPassword).toMatch(/^[A-Za-z]{6}-\d{4}-[A-Za-z]{4}$/);

    const b = browser(services);
    const me = await signIn(b, 'nguyen.van.b', created.temporaryPassword);
    expect(me?.mustChangePassword).toBe(true);
    await refused(
      b.call((api) => api.cycles.list({})),
      'PASSWORD_CHANGE_REQUIRED',
    );
    await refused(
      b.call((api) =>
        api.auth.changePassword({ currentPassword: created.temporaryPassword, newPassword: 'ngan1' }),
      ),
      'WEAK_PASSWORD',
    );
    await refused(
      b.call((api) =>
        api.auth.changePassword({ currentPassword: created.temporaryPassword, newPassword: DEMO_PASSWORD }),
      ),
      'WEAK_PASSWORD',
    );
    await refused(
      b.call((api) =>
        api.auth.changePassword({ currentPassword: 'sai-mat-khau-1', newPassword: 'Mật khẩu mới 2024' }),
      ),
      'WRONG_PASSWORD',
    );
    await b.call((api) =>
      api.auth.changePassword({
        currentPassword: created.temporaryPassword,
        newPassword: 'Mật khẩu mới 2024',
      }),
    );
    expect(await b.call((api) => api.cycles.list({}))).toEqual(expect.any(Array));
    await refused(
      signIn(browser(services), 'nguyen.van.b', created.temporaryPassword),
      'INVALID_CREDENTIALS',
    );
  });

  test('a reset ends every session of the user and asks for a new password again', async () => {
    const b = browser(services);
    await signIn(b, 'quansu.canbo');
    const [user] = await database.db.select().from(users).where(eq(users.username, 'quansu.canbo'));
    const admin = await callerAs(services, 'admin');
    const reset = await admin.admin.users.resetPassword({ userId: user?.id as string });
    await refused(me(b), 'SESSION_EXPIRED');
    const again = browser(services);
    expect((await signIn(again, 'quansu.canbo', reset.temporaryPassword))?.mustChangePassword).toBe(true);
    await refused(signIn(browser(services), 'quansu.canbo'), 'INVALID_CREDENTIALS');
  });

  test('a deactivated user cannot sign in and loses open sessions', async () => {
    const b = browser(services);
    await signIn(b, 'toaan.canbo');
    const [user] = await database.db.select().from(users).where(eq(users.username, 'toaan.canbo'));
    const admin = await callerAs(services, 'admin');
    await admin.admin.users.setActive({ userId: user?.id as string, active: false });
    await refused(me(b), 'SESSION_EXPIRED');
    await refused(signIn(browser(services), 'toaan.canbo'), 'INVALID_CREDENTIALS');
  });

  test('changing one’s own password signs out the other sessions', async () => {
    const laptop = browser(services);
    const phone = browser(services);
    await signIn(laptop, 'vienkiemsat.canbo');
    await signIn(phone, 'vienkiemsat.canbo');
    await laptop.call((api) =>
      api.auth.changePassword({ currentPassword: DEMO_PASSWORD, newPassword: 'Mật khẩu khác 2025' }),
    );
    expect(await usernameOf(laptop)).toBe('vienkiemsat.canbo');
    await refused(me(phone), 'SESSION_EXPIRED');
    await refused(me(phone), 'UNAUTHENTICATED');
  });
});

describe('one’s own sessions', () => {
  test('a user lists their sessions and ends one, the others, or the current one', async () => {
    const laptop = browser(services, { ip: '192.0.2.10' });
    const phone = browser(services, { ip: '192.0.2.11' });
    const tablet = browser(services, { ip: '192.0.2.12' });
    for (const b of [laptop, phone, tablet]) await signIn(b, 'thads.canbo');
    const listed = await laptop.call((api) => api.auth.sessions());
    expect(listed).toHaveLength(3);
    expect(listed.filter((s) => s.current)).toHaveLength(1);
    expect(listed.find((s) => s.current)?.ip).toBe('192.0.2.10');
    expect(listed.map((s) => s.ip).sort()).toEqual(['192.0.2.10', '192.0.2.11', '192.0.2.12']);

    const phoneSession = listed.find((s) => s.ip === '192.0.2.11')?.sessionId as string;
    expect(await laptop.call((api) => api.auth.endSession({ sessionId: phoneSession }))).toEqual({
      ended: true,
      signedOut: false,
    });
    await refused(
      phone.call((api) => api.auth.me()),
      'SESSION_EXPIRED',
    );
    // Someone else's session is not one's own to end.
    const other = browser(services);
    await signIn(other, 'thads.thutruong');
    const [theirs] = await other.call((api) => api.auth.sessions());
    await refused(
      laptop.call((api) => api.auth.endSession({ sessionId: theirs?.sessionId as string })),
      'NOT_FOUND',
    );
    expect((await other.call((api) => api.auth.me()))?.username).toBe('thads.thutruong');

    await laptop.call((api) => api.auth.endOtherSessions());
    await refused(
      tablet.call((api) => api.auth.me()),
      'SESSION_EXPIRED',
    );
    const [mine] = await laptop.call((api) => api.auth.sessions());
    const ended = await laptop.call((api) => api.auth.endSession({ sessionId: mine?.sessionId as string }));
    expect(ended.signedOut).toBe(true);
    expect(laptop.setCookies.at(-1)).toMatch(/Max-Age=0/);
    await refused(
      laptop.call((api) => api.auth.me()),
      'UNAUTHENTICATED',
    );
  });
});

/** The grants of a user read table by table, as the principal must carry them. */
async function expectedGrants(userId: string): Promise<Grant[]> {
  const db = database.db;
  const rows = await db
    .select()
    .from(userRoles)
    .where(eq(userRoles.userId, userId))
    .orderBy(asc(userRoles.id));
  const unitIds = rows.flatMap((r) => (r.unitId ? [r.unitId] : []));
  const blocIds = rows.flatMap((r) => (r.blocId ? [r.blocId] : []));
  const unitRows = unitIds.length ? await db.select().from(units).where(inArray(units.id, unitIds)) : [];
  const blocRows = blocIds.length ? await db.select().from(blocs).where(inArray(blocs.id, blocIds)) : [];
  const memberships = unitIds.length
    ? await db.select().from(blocMemberships).where(inArray(blocMemberships.unitId, unitIds))
    : [];
  const provinceOf = (r: (typeof rows)[number]) =>
    r.scopeKind === 'unit'
      ? unitRows.find((u) => u.id === r.unitId)?.provinceId
      : r.scopeKind === 'bloc'
        ? blocRows.find((b) => b.id === r.blocId)?.provinceId
        : r.provinceId;
  const blocsOf = (unitId: string | null) =>
    memberships
      .filter((m) => m.unitId === unitId)
      .map((m) => ({ blocId: m.blocId, year: m.year }))
      .sort((a, b) => a.year - b.year || a.blocId.localeCompare(b.blocId));
  return rows.map((r) =>
    toGrant({
      ...r,
      provinceId: provinceOf(r) ?? null,
      unitBlocs: r.scopeKind === 'unit' ? blocsOf(r.unitId) : null,
    }),
  );
}
