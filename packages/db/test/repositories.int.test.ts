import { createHash, randomBytes } from 'node:crypto';
import { demoDataset } from '@thidua/domain';
import type {} from '@thidua/vitest-setup/context';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import {
  appendAudit,
  createSession,
  createUser,
  findSession,
  getCycle,
  getRuleSet,
  getScoringTemplate,
  grantRole,
  type LoginAttemptFacts,
  listNotifications,
  listUnitStatuses,
  loadRoleGrants,
  loadScoreSheets,
  lockScoringTemplate,
  markLoginAttemptSucceeded,
  notify,
  recordLoginUnlock,
  recordReviewedSheet,
  recordSignedOffSheet,
  reserveLoginAttempt,
  runOnce,
  saveRuleSet,
  saveScoreSheet,
  saveScoringTemplate,
  upsertCycleProjection,
  upsertUnitStatus,
} from '../src';
import * as s from '../src/schema';
import { createTestDatabase, type TestDatabase } from '../src/testing';
import { insertMiniCycle } from './fixtures';

let t: TestDatabase;
let mini: Awaited<ReturnType<typeof insertMiniCycle>>;

beforeAll(async () => {
  t = await createTestDatabase(inject('databaseAdminUrl'));
  mini = await insertMiniCycle(t.db);
});
afterAll(() => t?.drop());

describe('projections and idempotency', () => {
  test('cycle projection is monotonic in seq: a late or retried write changes nothing', async () => {
    expect(await upsertCycleProjection(t.db, { cycleId: mini.cycleId, seq: 2, phase: 'registration' })).toBe(
      true,
    );
    expect(await upsertCycleProjection(t.db, { cycleId: mini.cycleId, seq: 1, phase: 'setup' })).toBe(false);
    expect(await upsertCycleProjection(t.db, { cycleId: mini.cycleId, seq: 2, phase: 'setup' })).toBe(false);
    expect((await getCycle(t.db, mini.cycleId))?.phase).toBe('registration');
    await expect(
      upsertCycleProjection(t.db, { cycleId: 'nope', seq: 9, phase: 'setup' }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  test('unit status upsert: insert, newer update, stale ignored', async () => {
    const base = {
      cycleId: mini.cycleId,
      unitId: mini.unitIds[0] as string,
      deadlines: {},
      overdue: false,
      latePenalty: 0,
    };
    expect(
      await upsertUnitStatus(t.db, { ...base, seq: 1, steps: { registration: { state: 'inProgress' } } }),
    ).toBe(true);
    expect(
      await upsertUnitStatus(t.db, {
        ...base,
        seq: 3,
        steps: { registration: { state: 'done' } },
        latePenalty: 0.5,
      }),
    ).toBe(true);
    expect(
      await upsertUnitStatus(t.db, { ...base, seq: 2, steps: { registration: { state: 'returned' } } }),
    ).toBe(false);
    const [row] = await listUnitStatuses(t.db, mini.cycleId);
    expect(row).toMatchObject({
      steps: { registration: { state: 'done' } },
      latePenalty: 0.5,
      projectionSeq: 3,
    });
  });

  test('runOnce: a retried activity replays its first result and writes nothing twice', async () => {
    const key = { cycleId: mini.cycleId, step: 'test.notify', updateId: 'u-1' };
    const write = (tx: Parameters<Parameters<typeof runOnce>[2]>[0]) =>
      notify(tx, { recipient: { userId: mini.userId }, kind: 'test.ping', dedupeKey: 'k-run-once' }).then(
        (ok) => ({ ok }),
      );
    const results = await Promise.all([
      runOnce(t.db, key, write),
      runOnce(t.db, key, write),
      runOnce(t.db, key, write),
    ]);
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    expect(results.map((r) => r.result)).toEqual([{ ok: true }, { ok: true }, { ok: true }]);
    const rows = await t.db.select().from(s.notifications).where(eq(s.notifications.dedupeKey, 'k-run-once'));
    expect(rows).toHaveLength(1);
  });

  test('notifications dedupe on their key; role+scope recipients reach holders of the grant', async () => {
    const unitId = mini.unitIds[1] as string;
    const n = {
      recipient: { role: 'unitHead' as const, scopeKind: 'unit' as const, scopeId: unitId },
      kind: 'deadline.soon',
      dedupeKey: 'd-1',
    };
    expect(await notify(t.db, n)).toBe(true);
    expect(await notify(t.db, n)).toBe(false);
    const mine = await listNotifications(t.db, {
      userId: 'nobody',
      grants: [{ role: 'unitHead', scopeKind: 'unit', scopeId: unitId }],
    });
    expect(mine.map((x) => x.kind)).toEqual(['deadline.soon']);
  });

  test('audit entries are idempotent by key and NFC-normalised', async () => {
    const nfd = 'Thanh tra tỉnh'.normalize('NFD');
    const entry = {
      action: 'unit.rename',
      entity: 'unit',
      entityId: 'u-x',
      after: { name: nfd },
      idempotencyKey: 'a-1',
    };
    expect(await appendAudit(t.db, entry)).toBe(true);
    expect(await appendAudit(t.db, entry)).toBe(false);
    const [row] = await t.db.select().from(s.auditLog).where(eq(s.auditLog.idempotencyKey, 'a-1'));
    expect(row?.after).toEqual({ name: 'Thanh tra tỉnh'.normalize('NFC') });
  });
});

describe('rules and scoring', () => {
  test('rule sets are validated, versioned, and a stale save is CONFLICT', async () => {
    const body = { ...demoDataset.ruleSets[2023], id: 'rs-versioned', provinceId: mini.provinceId };
    const tx = (f: Parameters<typeof t.db.transaction>[0]) => t.db.transaction(f);
    expect(
      await tx((x) => saveRuleSet(x, { ruleSet: body, expectedVersion: 0, editedBy: mini.userId })),
    ).toBe(1);
    expect(
      await tx((x) =>
        saveRuleSet(x, { ruleSet: { ...body, title: 'Sửa đổi' }, expectedVersion: 1, editedBy: null }),
      ),
    ).toBe(2);
    await expect(
      tx((x) => saveRuleSet(x, { ruleSet: body, expectedVersion: 1, editedBy: null })),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    await expect(
      tx((x) => saveRuleSet(x, { ruleSet: { ...body, year: 1800 }, expectedVersion: 2, editedBy: null })),
    ).rejects.toMatchObject({
      code: 'RULESET_INVALID',
    });
    expect((await getRuleSet(t.db, 'rs-versioned'))?.ruleSet.title).toBe('Sửa đổi');
    expect(
      await t.db.select().from(s.ruleSetVersions).where(eq(s.ruleSetVersions.ruleSetId, 'rs-versioned')),
    ).toHaveLength(2);
  });

  test('a score sheet round-trips; once the template is locked it cannot change', async () => {
    const unitId = mini.unitIds[2] as string;
    const sheet = demoDataset.cycle2022.scoreSheets[0];
    if (!sheet) throw new Error('no demo sheet');
    await t.db.transaction((tx) =>
      saveScoreSheet(tx, {
        cycleId: mini.cycleId,
        unitId,
        sheet: { ...sheet, unitId },
        template: mini.template,
        requireComplete: true,
      }),
    );
    const [loaded] = (await loadScoreSheets(t.db, mini.cycleId)).filter((x) => x.unitId === unitId);
    expect(loaded?.criteria).toEqual(sheet.criteria);
    expect(loaded?.bonuses).toEqual(sheet.bonuses);

    await lockScoringTemplate(t.db, mini.cycleId);
    const current = await getScoringTemplate(t.db, mini.cycleId);
    await expect(
      t.db.transaction((tx) =>
        saveScoringTemplate(tx, {
          cycleId: mini.cycleId,
          template: current?.template,
          expectedVersion: 1,
          editedBy: null,
        }),
      ),
    ).rejects.toMatchObject({ code: 'WRONG_PHASE' });
  });
});

describe('the score-sheet writer', () => {
  test('a blank review reason is stored as no reason (NULL), a note and a real reason as given', async () => {
    const unitId = mini.unitIds[0] as string;
    const demo = demoDataset.cycle2022.scoreSheets[0];
    const [first, second] = demo?.criteria ?? [];
    if (!first || !second) throw new Error('no demo sheet');
    const self = { unitId, criteria: [{ ...first, selfNote: 'Có minh chứng.' }, second] };
    const at = new Date('2025-11-20T03:00:00Z');
    await t.db.transaction((tx) =>
      recordSignedOffSheet(tx, { cycleId: mini.cycleId, unitId, sheet: self, signedOffBy: null, at }),
    );
    const reviewed = {
      ...self,
      criteria: [
        { ...self.criteria[0], reviewedScore: first.selfScore, reviewReason: '  ' } as typeof first,
        { ...second, reviewedScore: second.selfScore - 0.25, reviewReason: ' Thiếu minh chứng. ' },
      ],
    };
    await t.db.transaction((tx) =>
      recordReviewedSheet(tx, { cycleId: mini.cycleId, unitId, sheet: reviewed, at }),
    );

    const rows = await t.db
      .select({ criterionId: s.assessmentScores.criterionId, reason: s.assessmentScores.reasonForChange })
      .from(s.assessmentScores)
      .innerJoin(s.selfAssessments, eq(s.selfAssessments.id, s.assessmentScores.selfAssessmentId))
      .where(eq(s.selfAssessments.unitId, unitId));
    expect(rows.find((r) => r.criterionId === first.criterionId)?.reason).toBeNull();
    expect(rows.find((r) => r.criterionId === second.criterionId)?.reason).toBe('Thiếu minh chứng.');
    const [loaded] = (await loadScoreSheets(t.db, mini.cycleId)).filter((x) => x.unitId === unitId);
    expect(loaded?.criteria[0]).not.toHaveProperty('reviewReason');
    expect(loaded?.criteria[0]?.selfNote).toBe('Có minh chứng.');
  });
});

describe('users and sessions', () => {
  test('grants, sessions by token hash, lockout counting reset by a success', async () => {
    const user = await createUser(t.db, {
      username: '  Nguyen.Van.A ',
      passwordHash: 'scrypt$1',
      displayName: 'Nguyễn Văn A',
    });
    expect(user.username).toBe('nguyen.van.a');
    await grantRole(t.db, user.id, {
      role: 'blocHead',
      scope: { kind: 'bloc', blocId: mini.blocId },
      year: 2024,
    });
    expect(await loadRoleGrants(t.db, user.id)).toEqual([
      { role: 'blocHead', scope: { kind: 'bloc', blocId: mini.blocId }, year: 2024 },
    ]);
    await expect(
      grantRole(t.db, user.id, {
        role: 'blocHead',
        scope: { kind: 'unit', unitId: mini.unitIds[0] as string },
      } as never),
    ).rejects.toMatchObject({ code: 'CONSTRAINT_VIOLATION' });

    const id = createHash('sha256').update(randomBytes(32)).digest('hex');
    await createSession(t.db, {
      id,
      userId: user.id,
      expiresAt: new Date(Date.now() + 60_000),
      ip: '10.0.0.1',
    });
    expect((await findSession(t.db, id))?.user.id).toBe(user.id);
    expect(await findSession(t.db, id, new Date(Date.now() + 120_000))).toBeUndefined();

    // Each reserved attempt is a failure until marked a success, which restarts the username's count.
    const at = new Date();
    const since = new Date(at.getTime() - 60_000);
    const windows = { pairSince: since, usernameSince: since, addressSince: since, knownAddressSince: since };
    let seen: LoginAttemptFacts | undefined;
    const attempt = (ip: string, succeeded = false) =>
      reserveLoginAttempt(t.db, { username: 'NGUYEN.van.a', ip, kind: 'signIn', at, windows }, (facts) => {
        seen = facts;
        return undefined;
      }).then(async (r) => {
        if (succeeded && 'attemptId' in r) await markLoginAttemptSucceeded(t.db, r.attemptId);
      });
    for (const succeeded of [false, false, true, false]) await attempt('10.0.0.1', succeeded);
    await attempt('10.0.0.2');
    expect(seen).toMatchObject({
      pair: { failures: 0 },
      username: { failures: 1 },
      address: { failures: 0 },
      knownAddress: false,
    });
    await attempt('10.0.0.1');
    expect(seen).toMatchObject({
      pair: { failures: 1 },
      username: { failures: 2 },
      address: { failures: 3 },
      knownAddress: true,
    });
    // Refused attempts are not written; an unlock counts as a success of the username.
    const refused = await reserveLoginAttempt(
      t.db,
      { username: 'nguyen.van.a', ip: '10.0.0.1', kind: 'signIn', at, windows },
      () => new Date(at.getTime() + 1000),
    );
    expect(refused).toEqual({ retryAt: new Date(at.getTime() + 1000) });
    await recordLoginUnlock(t.db, { username: 'nguyen.van.a', at });
    await attempt('10.0.0.1');
    expect(seen).toMatchObject({
      pair: { failures: 0 },
      username: { failures: 0 },
      address: { failures: 4 },
    });
  });
});
