import { createHash, randomBytes } from 'node:crypto';
import { bulkInsert, type Db, hashPassword, schema as s } from '@thidua/db';
import { copyTemplateForYear, defaultRuleSet, demoTemplate2022, syntheticName } from '@thidua/domain';
import { sql } from 'drizzle-orm';

/** One seeded bloc: its cycle row (adopted by the workflow at start) and a session per acting user. */
/** A user the driver acts as: signed in already, with what it takes to sign in again. */
export interface SeededUser {
  username: string;
  password: string;
  /** The session cookie's value; replaced when the user signs in again. */
  token: string;
}

export interface SeededBloc {
  id: string;
  cycleId: string;
  units: string[];
  /** The bloc head (blocHead of this bloc). */
  head: SeededUser;
  /** Each unit's head (unitHead of that unit). */
  unitHeads: Record<string, SeededUser>;
}

export interface SeededOrg {
  provinceId: string;
  year: number;
  secretariat: SeededUser;
  committee: SeededUser;
  blocs: SeededBloc[];
}

export interface OrgOptions {
  /** Lower-case letters and digits: ids and user names start with it, so several orgs share a database. */
  prefix: string;
  blocs: number;
  unitsPerBloc: number;
  year: number;
}

const pad = (n: number) => String(n).padStart(4, '0');

/**
 * A province of `blocs` blocs × `unitsPerBloc` units, ready for `cycles.start`: this year's membership,
 * leadership, rule set and an open cycle row with its criteria table, plus the users who act in the
 * cycle. Sessions are written directly (a sign-in per user would cost one scrypt each, which is not
 * what the load is about); the token is the cookie value, its SHA-256 the session id, as the API does.
 * A session that idles out during a long run is renewed through the API's sign-in (`apiClient`).
 */
export async function seedOrg(db: Db, options: OrgOptions): Promise<SeededOrg> {
  const { prefix, year } = options;
  const provinceId = `p-${prefix}`;
  const ruleSetId = `rs-${prefix}-${year}`;
  const password = randomBytes(12).toString('hex');
  const hash = await hashPassword(password, { N: 2 ** 10, r: 8, p: 1 });
  const users: (typeof s.users.$inferInsert)[] = [];
  const grants: (typeof s.userRoles.$inferInsert)[] = [];
  const sessions: (typeof s.sessions.$inferInsert)[] = [];
  const now = new Date();
  const expiresAt = new Date(now.getTime() + 11 * 3_600_000);
  const user = (
    username: string,
    grant: Omit<typeof s.userRoles.$inferInsert, 'userId' | 'scopeKind'> & {
      scopeKind: 'unit' | 'bloc' | 'province';
    },
  ): SeededUser => {
    const id = `${prefix}-user-${users.length}`;
    users.push({ id, username, passwordHash: hash, displayName: `Người dùng ${username}` });
    grants.push({ userId: id, ...grant });
    const token = randomBytes(32).toString('base64url');
    sessions.push({
      id: createHash('sha256').update(token, 'utf8').digest('hex'),
      userId: id,
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
    });
    return { username, password, token };
  };

  const blocs: SeededBloc[] = [];
  for (let b = 0; b < options.blocs; b++) {
    const id = `b-${prefix}-${pad(b)}`;
    const units = Array.from({ length: options.unitsPerBloc }, (_, u) => `${id}-u${u}`);
    blocs.push({
      id,
      cycleId: `cycle:${id}:${year}`,
      units,
      head: user(`${prefix}.${pad(b)}.truongkhoi`, { role: 'blocHead', scopeKind: 'bloc', blocId: id }),
      unitHeads: Object.fromEntries(
        units.map((unitId) => [
          unitId,
          user(`${prefix}.${unitId.slice(id.length + 1)}.${pad(b)}.thutruong`, {
            role: 'unitHead',
            scopeKind: 'unit',
            unitId,
          }),
        ]),
      ),
    });
  }
  const secretariat = user(`${prefix}.bantdkt`, { role: 'secretariat', scopeKind: 'province', provinceId });
  const committee = user(`${prefix}.thamdinh`, {
    role: 'committeeReviewer',
    scopeKind: 'province',
    provinceId,
  });

  const ruleSet = { ...defaultRuleSet(year), id: ruleSetId, provinceId };
  const date = (offsetDays: number) =>
    new Date(Date.UTC(year, 0, 1) + offsetDays * 86_400_000).toISOString().slice(0, 10);
  await db.transaction(async (tx) => {
    await tx.execute(sql`set local synchronous_commit = off`);
    await tx.insert(s.provinces).values({ id: provinceId, code: prefix.toUpperCase() });
    await tx.insert(s.provinceNames).values([
      { provinceId, kind: 'name', name: `Tỉnh Thử nghiệm ${prefix.toUpperCase()}`, validFrom: '2000-01-01' },
      { provinceId, kind: 'placeName', name: 'Thử nghiệm', validFrom: '2000-01-01' },
    ]);
    const allUnits = blocs.flatMap((b) => b.units);
    await bulkInsert(
      tx,
      s.units,
      allUnits.map((id) => ({ id, provinceId, code: id.toUpperCase(), validFrom: '2000-01-01' })),
    );
    await bulkInsert(
      tx,
      s.unitNames,
      allUnits.map((id) => ({ unitId: id, name: `Đơn vị ${id}`, validFrom: '2000-01-01' })),
    );
    // Each unit's head signs its registration and, for the bloc head's unit, the bloc's records.
    await bulkInsert(
      tx,
      s.officials,
      allUnits.map((unitId, i) => ({
        position: 'unitHead' as const,
        unitId,
        fullName: syntheticName(i),
        title: `Giám đốc Đơn vị ${unitId}`,
        signatureTitle: 'GIÁM ĐỐC',
        validFrom: '2000-01-01',
      })),
    );
    await bulkInsert(
      tx,
      s.blocs,
      blocs.map((b) => ({ id: b.id, provinceId, issuerCode: `K${b.id.slice(2).toUpperCase()}` })),
    );
    await bulkInsert(
      tx,
      s.blocNames,
      blocs.map((b) => ({ blocId: b.id, name: `Khối thi đua ${b.id}`, validFrom: '2000-01-01' })),
    );
    await bulkInsert(
      tx,
      s.blocMemberships,
      blocs.flatMap((b) => b.units.map((unitId) => ({ blocId: b.id, unitId, year }))),
    );
    await bulkInsert(
      tx,
      s.blocLeaderships,
      blocs.map((b) => ({ blocId: b.id, year, headUnitId: b.units[0]!, deputyUnitId: b.units[1]! })),
    );
    await tx.insert(s.ruleSets).values({ id: ruleSetId, provinceId, year, body: ruleSet });
    await tx.insert(s.ruleSetVersions).values({ ruleSetId, version: 1, body: ruleSet });
    await bulkInsert(
      tx,
      s.cycles,
      blocs.map((b) => ({
        id: b.cycleId,
        blocId: b.id,
        year,
        workflowId: b.cycleId,
        phase: 'setup' as const,
        status: 'open' as const,
        calendar: {
          pactSigningDate: date(30),
          registrationDue: date(30),
          midYearReportDue: date(180),
          selfAssessmentDue: date(320),
          reviewDue: date(330),
          conferenceDate: date(340),
          dossierDue: date(350),
        },
        ruleSetId,
      })),
    );
    await bulkInsert(
      tx,
      s.scoringTemplates,
      blocs.map((b) => {
        const body = copyTemplateForYear({ ...demoTemplate2022, blocId: b.id }, year, `tpl-${b.id}-${year}`);
        return { id: body.id, cycleId: b.cycleId, body };
      }),
    );
    await bulkInsert(tx, s.users, users);
    await bulkInsert(tx, s.userRoles, grants);
    await bulkInsert(tx, s.sessions, sessions);
  });
  return { provinceId, year, secretariat, committee, blocs };
}
