import { randomBytes } from 'node:crypto';
import {
  bulkInsert,
  type Db,
  DEFAULT_SCRYPT,
  hashPassword,
  schema as s,
  seedSyntheticData,
} from '@thidua/db';
import { generateSyntheticDataset, type SyntheticOptions } from '@thidua/domain';

const SYNTHETIC: SyntheticOptions = {
  provinces: 34,
  blocsPerProvince: 20,
  unitsPerBloc: 10,
  years: 3,
  seed: 2023,
};

export interface ApiDataset {
  cycles: number;
  unitRows: number;
  seedMs: number;
  username: string;
  password: string;
  provinceId: string;
  /** An open unit row of that province (a year in review, its answer pending). */
  openRow: { cycleId: string; unitId: string };
}

/**
 * The synthetic country (34 provinces × 20 blocs × 10 units × 3 years) plus what seedSyntheticData
 * leaves to the workflow: one cycle_unit_status row per cycle and unit (closed years done, the open
 * year in review with a deadline, one unit in seven overdue), and a secretariat account of the first
 * province, signed in through the API like a person.
 */
export async function seedApiDataset(db: Db, options: SyntheticOptions = SYNTHETIC): Promise<ApiDataset> {
  const started = Date.now();
  const seeded = await seedSyntheticData(db, options);
  const data = generateSyntheticDataset(options);
  const lastYear = Math.max(...data.cycles.map((c) => c.cycle.year));
  const members = new Map(data.memberships.map((m) => [`${m.blocId}:${m.year}`, m.unitIds]));
  const rows: (typeof s.cycleUnitStatus.$inferInsert)[] = [];
  for (const { cycle } of data.cycles) {
    const open = cycle.year === lastYear;
    const c = cycle.calendar;
    for (const [i, unitId] of (members.get(`${cycle.blocId}:${cycle.year}`) ?? []).entries()) {
      const overdue = open && (i + cycle.year) % 7 === 0;
      rows.push({
        cycleId: cycle.id,
        unitId,
        steps: {
          pact: { state: 'done' },
          registration: { state: 'done' },
          selfAssessment: { state: 'submitted' },
          reviewResponse: { state: open ? 'inProgress' : 'done', late: overdue },
        },
        deadlines: {
          registration: { due: c.registrationDue },
          selfAssessment: { due: c.selfAssessmentDue },
          reviewResponse: { due: c.reviewDue },
        },
        overdue,
      });
    }
  }
  await bulkInsert(db, s.cycleUnitStatus, rows);

  const provinceId = data.provinces[0]!.id;
  const provinceBlocs = new Set(data.blocs.filter((b) => b.provinceId === provinceId).map((b) => b.id));
  const openCycle = data.cycles.find((c) => c.cycle.year === lastYear && provinceBlocs.has(c.cycle.blocId));
  const openRow = rows.find((r) => r.cycleId === openCycle?.cycle.id);
  if (!openRow) throw new Error(`no open year in ${provinceId}`);
  const username = 'bench.bantdkt';
  const password = randomBytes(12).toString('base64url');
  const [user] = await db
    .insert(s.users)
    .values({
      username,
      passwordHash: await hashPassword(password, DEFAULT_SCRYPT),
      displayName: 'Chuyên viên Ban TĐKT',
    })
    .returning({ id: s.users.id });
  await db
    .insert(s.userRoles)
    .values({ userId: user!.id, role: 'secretariat', scopeKind: 'province', provinceId });
  return {
    cycles: seeded.cycles,
    unitRows: rows.length,
    seedMs: Date.now() - started,
    username,
    password,
    provinceId,
    openRow: { cycleId: openRow.cycleId, unitId: openRow.unitId },
  };
}
