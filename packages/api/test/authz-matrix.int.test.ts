import type { ApiServices } from '@thidua/api';
import { openVoteRound } from '@thidua/db';
import { attendance, auditLog, conferenceSessions, cycles } from '@thidua/db/schema';
import type { TestDatabase } from '@thidua/db/testing';
import { demoRuleSet, roles } from '@thidua/domain';
import type {} from '@thidua/vitest-setup/context';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Grant } from '../src/auth/principal';
import { matrix, type RoleRules } from '../src/authz/matrix';
import { callerFor, callPath, grantOf, syntheticPrincipal } from './helpers/callers';
import { tableChecksums } from './helpers/checksums';
import { demoDatabase } from './helpers/database';
import { MEMBERS } from './helpers/demo-users';
import { codeOf } from './helpers/errors';
import { addFixtures, BLOC, CYCLE_2023, type Fixtures, PROVINCE, UNIT } from './helpers/fixtures';
import { procedurePaths, procedureTypes } from './helpers/procedures';
import { sampleInputs } from './helpers/samples';
import { type TestTemporal, testServices, testTemporal } from './helpers/temporal';

const paths = procedurePaths;

let database: TestDatabase;
let temporal: TestTemporal;
let services: ApiServices;
let fixtures: Fixtures;
let samples: Record<string, unknown>;

beforeAll(async () => {
  database = await demoDatabase('thidua_api_matrix');
  temporal = await testTemporal({ worker: false, databaseUrl: database.url });
  services = testServices(database.db, temporal);
  fixtures = await addFixtures(database.db);
  samples = sampleInputs(fixtures);
});

afterAll(async () => {
  await temporal?.close();
  await database?.drop();
});

const outcome = (call: Promise<unknown>) =>
  call.then(
    (value) => {
      // Subscriptions hand back an iterator; the checks ran before it was created.
      if (value && typeof value === 'object' && Symbol.asyncIterator in value) {
        void (value as AsyncGenerator).return?.(undefined);
      }
      return 'ok';
    },
    (error: unknown) => codeOf(error),
  );

describe('the authorisation matrix', () => {
  test('has an entry for every procedure, and no entry for a procedure that does not exist', () => {
    expect(paths.length).toBeGreaterThan(60);
    const missing = paths.filter((p) => !(p in matrix));
    expect(missing, 'procedures without a matrix entry').toEqual([]);
    const stale = Object.keys(matrix).filter((p) => !(p in procedureTypes));
    expect(stale, 'matrix entries without a procedure').toEqual([]);
    for (const path of paths) {
      const entry = matrix[path];
      if (entry === 'public' || entry === 'signedIn') continue;
      expect(Object.keys(entry as RoleRules).sort(), path).toEqual([...roles].sort());
    }
  });

  test('has a sample input for every procedure (the scope walk below needs one)', () => {
    expect(paths.filter((p) => !Object.hasOwn(samples, p))).toEqual([]);
  });

  test('refuses every non-public procedure to a caller without a session', async () => {
    for (const path of paths) {
      const result = await outcome(callPath(callerFor(services, null), path, samples[path]));
      if (matrix[path] === 'public') expect(result, path).not.toBe('UNAUTHENTICATED');
      else expect(result, path).toBe('UNAUTHENTICATED');
    }
  });

  test('lets each role through exactly the procedures the matrix allows it (role gate)', async () => {
    let checked = 0;
    for (const path of paths) {
      const entry = matrix[path];
      for (const role of roles) {
        const caller = callerFor(services, syntheticPrincipal(fixtures.adminId, [grantOf(role, 'here')]));
        // No input: the gate decides before the input is even parsed, so nothing runs.
        const result = await outcome(callPath(caller, path, undefined));
        const allowed = entry === 'public' || entry === 'signedIn' || (entry as RoleRules)[role] !== '-';
        if (allowed) expect(result, `${path} as ${role}`).not.toMatch(/^(FORBIDDEN_ROLE|UNAUTHENTICATED)$/);
        else expect(result, `${path} as ${role}`).toBe('FORBIDDEN_ROLE');
        checked += 1;
      }
    }
    expect(checked).toBe(paths.length * roles.length);
  });

  test('refuses every scoped role outside its unit, bloc or province (scope rules)', async () => {
    let checked = 0;
    const answered = new Set<string>();
    for (const path of paths) {
      const entry = matrix[path];
      if (entry === 'public' || entry === 'signedIn') continue;
      for (const role of roles) {
        const rule = (entry as RoleRules)[role];
        if (rule === '-' || rule === 'any') continue;
        const caller = callerFor(
          services,
          syntheticPrincipal(fixtures.adminId, [grantOf(role, 'elsewhere')]),
        );
        const result = await outcome(callPath(caller, path, samples[path]));
        // Lists name no target: they answer, narrowed to the caller's scope (checked in the flow tests).
        expect(result, `${path} as ${role} elsewhere`).toMatch(/^(OUT_OF_SCOPE|ok)$/);
        if (result === 'OUT_OF_SCOPE') checked += 1;
        else answered.add(path);
      }
    }
    expect(checked).toBeGreaterThan(90);
    // Only the lists answer a caller from elsewhere, and they answer with that caller's own rows.
    expect([...answered].sort()).toEqual([
      'admin.blocs.list',
      'admin.officials.list',
      'admin.ruleSets.list',
      'admin.units.list',
      'committee.inbox',
      'cycles.list',
      'inbox.list',
      'tracker.list',
    ]);
  });

  test('answers queries for every allowed role inside its scope', async () => {
    for (const path of paths.filter((p) => procedureTypes[p] === 'query')) {
      const entry = matrix[path];
      for (const role of roles) {
        if (entry !== 'public' && entry !== 'signedIn' && (entry as RoleRules)[role] === '-') continue;
        const caller = callerFor(services, syntheticPrincipal(fixtures.adminId, [grantOf(role, 'here')]));
        const result = await outcome(callPath(caller, path, samples[path]));
        expect(result, `${path} as ${role}`).not.toMatch(
          /^(FORBIDDEN_ROLE|OUT_OF_SCOPE|UNAUTHENTICATED|INTERNAL)$/,
        );
      }
    }
  });

  test('lists show a caller from elsewhere nothing of this bloc', async () => {
    for (const role of ['unitHead', 'blocHead', 'secretariat'] as const) {
      const caller = callerFor(services, syntheticPrincipal(fixtures.adminId, [grantOf(role, 'elsewhere')]));
      expect(await caller.cycles.list({}), role).toEqual([]);
      if (role !== 'unitHead') expect((await caller.tracker.list({})).rows, role).toEqual([]);
    }
  });

  test('a unit head keeps its own unit’s office holders only, never the UBND’s or a bloc’s', async () => {
    const head = callerFor(services, syntheticPrincipal(fixtures.adminId, [grantOf('unitHead', 'here')]));
    const person = { fullName: 'Trần Văn Nam', validFrom: '2031-01-01' };
    expect(
      await outcome(
        head.admin.officials.add({
          ...person,
          position: 'committeeChair',
          orgId: PROVINCE,
          title: 'Chủ tịch UBND tỉnh',
        }),
      ),
    ).toBe('OUT_OF_SCOPE');
    expect(
      await outcome(
        head.admin.officials.add({ ...person, position: 'blocSecretary', orgId: BLOC, title: 'Chuyên viên' }),
      ),
    ).toBe('OUT_OF_SCOPE');
    const listed = await head.admin.officials.list({});
    expect(listed.organisations.map((o) => o.id)).toEqual([UNIT]);
    expect(new Set(listed.officials.map((o) => o.orgId))).toEqual(new Set([UNIT]));
  });

  test('a unit never reads another unit’s draft', async () => {
    const other = callerFor(
      services,
      syntheticPrincipal(fixtures.adminId, [{ ...grantOf('unitHead', 'here'), unitId: 'u-stp' }]),
    );
    expect(await outcome(other.selfAssessment.get({ cycleId: 'cy-b-noichinh-2023', unitId: UNIT }))).toBe(
      'OUT_OF_SCOPE',
    );
    const head = callerFor(services, syntheticPrincipal(fixtures.adminId, [grantOf('blocHead', 'here')]));
    // Reviewers see a sheet once handed in, never a draft.
    expect(await outcome(head.review.get({ cycleId: 'cy-b-noichinh-2023', unitId: UNIT }))).toBe(
      'SHEET_NOT_VISIBLE',
    );
    expect(
      await outcome(head.selfAssessment.listEvidence({ cycleId: 'cy-b-noichinh-2023', unitId: UNIT })),
    ).toBe('SHEET_NOT_VISIBLE');
  });

  test('a ballot is cast only by the staff of its own unit; a refused one writes nothing', async () => {
    // An open round of the 2023 conference, every member present (written directly: the workflow is
    // not under test here, the authorisation of the ballot box is).
    const [session] = await database.db
      .insert(conferenceSessions)
      .values({ cycleId: CYCLE_2023, sessionNumber: 1, heldOn: '2023-12-20', status: 'open' })
      .returning({ id: conferenceSessions.id });
    const sessionId = session?.id as string;
    await database.db
      .insert(attendance)
      .values(MEMBERS.map((unitId) => ({ sessionId, unitId, mode: 'present' as const })));
    const rule = demoRuleSet(2023).votes.provincialFlag;
    const roundId = await database.db.transaction((tx) =>
      openVoteRound(tx, {
        sessionId,
        voteKind: 'provincialFlag',
        rule,
        candidates: [{ unitId: UNIT }, { unitId: 'u-stp' }],
        ballotsIssued: MEMBERS.length,
      }),
    );
    // The year is at its conference, as the workflow would have projected it.
    await database.db
      .update(cycles)
      .set({ phase: 'conference', startedAt: new Date() })
      .where(eq(cycles.id, CYCLE_2023));
    const ballot = { roundId, unitId: UNIT, choices: { kind: 'choices' as const, candidateIds: ['u-stp'] } };
    const as = (grants: Grant[]) => callerFor(services, syntheticPrincipal(fixtures.adminId, grants));
    const before = await tableChecksums(database.db);
    // Another unit of the same bloc, the same year: its head and its officer.
    for (const role of ['unitHead', 'unitOfficer'] as const) {
      const other = as([{ ...grantOf(role, 'here'), unitId: 'u-stp' }]);
      expect(await outcome(other.conference.castBallot(ballot)), role).toBe('OUT_OF_SCOPE');
    }
    // Every bloc, province and global role, even inside the bloc.
    for (const role of roles.filter((r) => r !== 'unitHead' && r !== 'unitOfficer')) {
      expect(await outcome(as([grantOf(role, 'here')]).conference.castBallot(ballot)), role).toBe(
        'FORBIDDEN_ROLE',
      );
    }
    expect(await tableChecksums(database.db)).toEqual(before);

    // The unit's own officer casts it; the audit row names the unit and the round, not the choice.
    expect(await outcome(as([grantOf('unitOfficer', 'here')]).conference.castBallot(ballot))).toBe('ok');
    expect(await outcome(as([grantOf('unitHead', 'here')]).conference.castBallot(ballot))).toBe(
      'ALREADY_VOTED',
    );
    const rows = await database.db.select().from(auditLog).where(eq(auditLog.entityId, roundId));
    expect(rows.map((r) => [r.action, r.actorRole, r.after])).toEqual([
      ['ballot.cast', 'unitOfficer', { unitId: UNIT, cycleId: CYCLE_2023, step: 'castBallot' }],
    ]);
  });

  test('a bloc role held for one year does not reach another year', async () => {
    const head2022 = callerFor(
      services,
      syntheticPrincipal(fixtures.adminId, [{ ...grantOf('blocHead', 'here'), year: 2022 }]),
    );
    expect(await outcome(head2022.cycles.get({ cycleId: 'cy-b-noichinh-2022' }))).toBe('ok');
    expect(await outcome(head2022.cycles.get({ cycleId: 'cy-b-noichinh-2023' }))).toBe('OUT_OF_SCOPE');
  });
});
