/**
 * Separation of duties in the administration of accounts, tried as the attack went: during an open
 * round an admin granted itself a member unit's head role and cast that unit's ballot before the
 * real head could. No self-grant, no role change touching an open round, and every grant of a
 * province-wide or system role told to all admins and shown in their activity view.
 */
import type { ApiServices } from '@thidua/api';
import { notifications, userRoles, users, voteRounds } from '@thidua/db/schema';
import type { TestDatabase } from '@thidua/db/testing';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { CycleDriver, UNITS } from '../../workflows/test/support/cycle-driver';
import type { Harness } from '../../workflows/test/support/harness';
import { type Caller, callerAs } from './helpers/callers';
import { unitHead, unitOfficer } from './helpers/demo-users';
import { drivenYearsOfFile } from './helpers/driven-year';
import { refused } from './helpers/errors';
import { waitFor } from './helpers/wait';

const YEAR = 2053;
const UNIT = 'u-stp';
let database: TestDatabase;
let harness: Harness;
let services: ApiServices;
let admin: Caller;

const years = drivenYearsOfFile('thidua_api_duties');

beforeAll(async () => {
  ({ database, harness, services } = years);
  admin = await callerAs(services, 'admin');
});

const userId = async (username: string) =>
  (await database.db.select().from(users).where(eq(users.username, username)))[0]?.id as string;

describe('role changes and the vote', () => {
  test('during an open round an admin can neither make itself a unit head nor change the voters’ roles', async () => {
    const c = await new CycleDriver(harness, { year: YEAR }).start();
    await c.toConference();
    await c.attendance();
    const round = await c.open('provincialFlag');
    await waitFor(
      async () => (await database.db.select().from(voteRounds).where(eq(voteRounds.id, round.roundId)))[0],
      (row) => row?.status === 'open',
    );
    const adminId = await userId('admin');
    const headRole = { role: 'unitHead' as const, scope: { kind: 'unit' as const, unitId: UNIT } };

    // The attack: the admin grants itself the unit's head role.
    await refused(admin.admin.users.grantRole({ userId: adminId, grant: headRole }), 'SELF_GRANT_FORBIDDEN');
    const adminRoles = await database.db.select().from(userRoles).where(eq(userRoles.userId, adminId));
    expect(adminRoles.map((g) => g.role)).toEqual(['admin']);

    // Nor to anyone else, nor taking the real head's role away, while the round is open.
    const other = await userId(unitOfficer('u-cat'));
    const refusal = await refused(
      admin.admin.users.grantRole({ userId: other, grant: headRole }),
      'ROLE_CHANGE_DURING_ROUND',
    );
    expect(refusal.message).toMatch(/vòng bỏ phiếu/);
    const realHead = await userId(unitHead(UNIT));
    const [held] = await database.db
      .select()
      .from(userRoles)
      .where(and(eq(userRoles.userId, realHead), eq(userRoles.role, 'unitHead')));
    await refused(
      admin.admin.users.revokeRole({ userId: realHead, grantId: held?.id as string }),
      'ROLE_CHANGE_DURING_ROUND',
    );
    await refused(
      admin.admin.users.create({
        username: 'nguoi.moi.bo.phieu',
        displayName: 'Người mới',
        grants: [headRole],
      }),
      'ROLE_CHANGE_DURING_ROUND',
    );
    // A grant for another year touches no open round.
    await admin.admin.users.grantRole({ userId: other, grant: { ...headRole, year: YEAR + 1 } });

    // The real head votes for the unit.
    const head = await callerAs(services, unitHead(UNIT));
    await head.conference.castBallot({ roundId: round.roundId, unitId: UNIT, choices: { kind: 'blank' } });

    // Only the real head voted; the chair names the others.
    await c.close(
      round.roundId,
      UNITS.filter((u) => u !== UNIT),
    );
    await waitFor(
      async () => (await database.db.select().from(voteRounds).where(eq(voteRounds.id, round.roundId)))[0],
      (row) => row?.status === 'closed',
    );
    await admin.admin.users.grantRole({ userId: other, grant: headRole });
    await refused(admin.admin.users.grantRole({ userId: adminId, grant: headRole }), 'SELF_GRANT_FORBIDDEN');
  });
});

describe('privileged grants', () => {
  test('granting a system or province-wide role tells every admin and shows in the activity view', async () => {
    const created = await admin.admin.users.create({
      username: 'quantri.hai',
      displayName: 'Quản trị viên thứ hai',
      grants: [{ role: 'admin', scope: { kind: 'global' } }],
    });
    await database.db.update(users).set({ mustChangePassword: false }).where(eq(users.id, created.userId));
    const second = await callerAs(services, 'quantri.hai');
    const target = await userId(unitOfficer('u-tand'));
    await second.admin.users.grantRole({
      userId: target,
      grant: { role: 'secretariat', scope: { kind: 'province', provinceId: 'p-backan' } },
    });

    const rows = await database.db
      .select()
      .from(notifications)
      .where(eq(notifications.kind, 'role.privilegedGranted'));
    expect(rows).toHaveLength(2);
    expect(rows.every((n) => n.role === 'admin' && n.scopeKind === 'global')).toBe(true);
    // Both admins see both, the one who granted included.
    for (const caller of [admin, second]) {
      const seen = await caller.notifications.list({ unreadOnly: false });
      const summaries = seen.rows
        .filter((n) => n.kind === 'role.privilegedGranted')
        .map((n) => (n.payload as { summary: string }).summary);
      expect(summaries).toEqual(
        expect.arrayContaining([
          expect.stringContaining('cấp vai trò Quản trị hệ thống cho tài khoản quantri.hai'),
          expect.stringContaining(
            `Quản trị viên thứ hai (quantri.hai) đã cấp vai trò Chuyên viên Ban Thi đua - Khen thưởng cho tài khoản ${unitOfficer('u-tand')}`,
          ),
        ]),
      );
    }

    const activity = await admin.admin.activity.list({ page: { limit: 10, offset: 0 } });
    const grant = activity.rows.find(
      (r) => r.action === 'user.grantRole' && r.targetUsername === unitOfficer('u-tand'),
    );
    expect(grant).toMatchObject({
      actorUsername: 'quantri.hai',
      actionLabel: 'Cấp vai trò',
      privileged: true,
    });
    expect(grant?.detail).toContain('Chuyên viên Ban Thi đua - Khen thưởng');
    expect(activity.rows.some((r) => r.action === 'user.create' && r.targetUsername === 'quantri.hai')).toBe(
      true,
    );
    await refused(
      (await callerAs(services, unitHead(UNIT))).admin.activity.list({ page: { limit: 10, offset: 0 } }),
      'FORBIDDEN_ROLE',
    );
  });
});
