import { randomUUID } from 'node:crypto';
import { type DemoDataset, demoDataset, nfc, voteKinds } from '@thidua/domain';
import { sql } from 'drizzle-orm';
import { bulkInsert } from '../bulk';
import type { Db, Tx } from '../client';
import { DEFAULT_SCRYPT, hashPassword, type ScryptParams } from '../passwords';
import { cycleRow, importedRoundRows, sheetRows, templateRow } from '../rows';
import * as s from '../schema';
import { insertRuleSets, insertSheets } from './cycle-inputs';
import { demoCandidateLists2022 } from './demo-rounds';
import { insertOrgStructure } from './org';
import { insertImportedRounds } from './rounds';

/** Transaction-level advisory lock shared by the seeds: two booting processes never seed twice. */
export const SEED_LOCK_KEY = '116104105100117098';

export interface SeedResult {
  seeded: boolean;
}

/** A Vietnam-time instant on a calendar date (the demo's deadlines are dates). */
const at = (date: string, time = '09:00') => new Date(`${date}T${time}:00+07:00`);

/**
 * Loads @thidua/domain's demo dataset (Bắc Kạn Khối thi đua Nội chính: a complete 2022 cycle and an
 * open 2023 cycle, users for every role) into an EMPTY database, in one transaction, once.
 * If any province exists it does nothing. The 2022 cycle stores inputs only (scores, attendance,
 * candidate lists, ballots); its outcome is recomputed by the domain functions, never stored.
 */
export async function seedDemoData(
  db: Db,
  options: { dataset?: DemoDataset; scrypt?: ScryptParams } = {},
): Promise<SeedResult> {
  const dataset = options.dataset ?? demoDataset;
  // Already seeded (every start after the first): no hashing at all.
  if ((await db.select({ id: s.provinces.id }).from(s.provinces).limit(1)).length > 0)
    return { seeded: false };
  // Hash before the transaction: scrypt is slow on purpose and must not hold locks.
  const hashes = await Promise.all(
    dataset.users.map(() => hashPassword(dataset.demoPassword, options.scrypt ?? DEFAULT_SCRYPT)),
  );
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK_KEY}::bigint)`);
    const existing = await tx.select({ id: s.provinces.id }).from(s.provinces).limit(1);
    if (existing.length > 0) return { seeded: false };
    await insertOrgStructure(tx, { ...dataset, blocs: [dataset.bloc] });
    await insertUsers(tx, dataset, hashes);
    await insertCycles(tx, dataset);
    await insertCycle2022Inputs(tx, dataset);
    return { seeded: true };
  });
}

async function insertUsers(tx: Tx, d: DemoDataset, hashes: string[]): Promise<void> {
  const users = d.users.map((u, i) => ({
    id: randomUUID(),
    username: nfc(u.username).toLowerCase(),
    passwordHash: hashes[i] as string,
    displayName: nfc(u.displayName),
    active: true,
    mustChangePassword: false,
  }));
  await bulkInsert(tx, s.users, users);
  const roles = d.users.flatMap((u, i) =>
    u.grants.map((g) => ({
      userId: (users[i] as { id: string }).id,
      role: g.role,
      scopeKind: g.scope.kind,
      unitId: g.scope.kind === 'unit' ? g.scope.unitId : null,
      blocId: g.scope.kind === 'bloc' ? g.scope.blocId : null,
      provinceId: g.scope.kind === 'province' ? g.scope.provinceId : null,
      year: g.year ?? null,
    })),
  );
  await bulkInsert(tx, s.userRoles, roles);
}

async function insertCycles(tx: Tx, d: DemoDataset): Promise<void> {
  await insertRuleSets(tx, Object.values(d.ruleSets));
  const c2022 = d.cycle2022.cycle;
  const c2023 = d.cycle2023.cycle;
  await bulkInsert(tx, s.cycles, [
    cycleRow(c2022, { phase: 'closed', status: 'closed' }),
    cycleRow(c2023, { phase: 'setup', status: 'open' }),
  ]);
  await bulkInsert(tx, s.scoringTemplates, [
    { ...templateRow(c2022.id, d.templates[2022]), lockedAt: at(c2022.calendar.midYearReportDue) },
    templateRow(c2023.id, d.templates[2023]),
  ]);
}

async function insertCycle2022Inputs(tx: Tx, d: DemoDataset): Promise<void> {
  const { cycle, scoreSheets, conference, ballots } = d.cycle2022;
  const cal = cycle.calendar;

  // Pact signed by every member on the signing date.
  const pactId = randomUUID();
  await bulkInsert(tx, s.pacts, [
    {
      id: pactId,
      cycleId: cycle.id,
      title: nfc(`Giao ước thi đua năm ${cycle.year} của Khối thi đua Nội chính`),
      clauses: [],
      signingDate: cal.pactSigningDate,
    },
  ]);
  await bulkInsert(
    tx,
    s.pactSignatures,
    d.memberIds.map((unitId) => ({ pactId, unitId, signedAt: at(cal.pactSigningDate) })),
  );

  // Score sheets, signed off and reviewed; the review is locked before the conference.
  const sheets = scoreSheets.map((sheet) =>
    sheetRows(sheet, { cycleId: cycle.id, status: 'signedOff', submittedAt: at(cal.selfAssessmentDue) }),
  );
  await insertSheets(tx, sheets);
  await bulkInsert(
    tx,
    s.reviews,
    scoreSheets.map((sheet) => ({
      cycleId: cycle.id,
      unitId: sheet.unitId,
      status: 'locked' as const,
      reviewedAt: at(cal.reviewDue),
      lockDate: cal.reviewDue,
      lockedAt: at(cal.reviewDue, '17:00'),
    })),
  );
  await bulkInsert(
    tx,
    s.unitEligibilityFlags,
    d.cycle2022.unitStatuses.flatMap((st) =>
      st.flags.map((code) => ({ cycleId: cycle.id, unitId: st.unitId, code })),
    ),
  );

  // Conference: attendance, then one closed round per vote with its candidate list and ballots.
  const sessionId = randomUUID();
  const started = at(conference.date, conference.startTime);
  await bulkInsert(tx, s.conferenceSessions, [
    {
      id: sessionId,
      cycleId: cycle.id,
      sessionNumber: 1,
      heldOn: conference.date,
      startTime: conference.startTime,
      place: nfc(conference.place),
      venue: nfc(conference.venue),
      chairUnitId: conference.chairUnitId,
      secretaryUnitId: conference.secretaryUnitId,
      status: 'closed',
      openedAt: started,
      closedAt: at(conference.date, '17:00'),
    },
  ]);
  const present = new Set(conference.presentUnitIds);
  await bulkInsert(
    tx,
    s.attendance,
    d.memberIds.map(
      (unitId) => ({ sessionId, unitId, mode: present.has(unitId) ? 'present' : 'absent' }) as const,
    ),
  );
  const lists = demoCandidateLists2022(d);
  const ruleSet = d.ruleSets[2022];
  const rounds = voteKinds.map((voteKind) =>
    importedRoundRows({
      sessionId,
      voteKind,
      rule: ruleSet.votes[voteKind],
      candidates: lists[voteKind],
      ballotsIssued: conference.presentUnitIds.length,
      voterUnitIds: conference.presentUnitIds,
      ballots: ballots[voteKind],
      heldAt: at(conference.date, '16:00'),
    }),
  );
  await insertImportedRounds(tx, rounds);
}
