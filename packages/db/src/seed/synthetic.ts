import { randomUUID } from 'node:crypto';
import {
  generateSyntheticDataset,
  type SyntheticDataset,
  type SyntheticOptions,
  type VoteKind,
  voteKinds,
} from '@thidua/domain';
import { inArray, sql } from 'drizzle-orm';
import { bulkInsert } from '../bulk';
import type { Db, Tx } from '../client';
import { cycleRow, importedRoundRows, sheetRows, templateRow } from '../rows';
import * as s from '../schema';
import { insertRuleSets, insertSheets } from './cycle-inputs';
import { insertOrgStructure } from './org';
import { insertImportedRounds } from './rounds';

export interface SyntheticSeedResult {
  provinces: number;
  units: number;
  cycles: number;
  scores: number;
  ballots: number;
  milliseconds: number;
}

/**
 * Bulk-loads `generateSyntheticDataset(options)` for benchmarks (34 provinces × 20 blocs × 10 units
 * × 3 years loads in seconds): one transaction, one JSON parameter per 5 000 rows (bulk.ts).
 * Every year but the last is a closed cycle with its conference (attendance, rounds, ballots,
 * receipts); the last year is open in review. Ids are the generator's, so a second load of the
 * same options fails on the first duplicate and changes nothing.
 */
export async function seedSyntheticData(db: Db, options: SyntheticOptions): Promise<SyntheticSeedResult> {
  const started = Date.now();
  const data = generateSyntheticDataset(options);
  const counts = await db.transaction(async (tx) => {
    await tx.execute(sql`set local synchronous_commit = off`);
    await insertOrgStructure(tx, data);
    await insertMissingRuleSets(tx, data);
    return insertCycles(tx, data);
  });
  return {
    provinces: data.provinces.length,
    units: data.units.length,
    cycles: data.cycles.length,
    ...counts,
    milliseconds: Date.now() - started,
  };
}

async function insertMissingRuleSets(tx: Tx, data: SyntheticDataset): Promise<void> {
  // National default rule sets are shared: load only the years not there yet.
  const ids = data.ruleSets.map((r) => r.id);
  const present = await tx.select({ id: s.ruleSets.id }).from(s.ruleSets).where(inArray(s.ruleSets.id, ids));
  const loaded = new Set(present.map((r) => r.id));
  await insertRuleSets(
    tx,
    data.ruleSets.filter((r) => !loaded.has(r.id)),
  );
}

async function insertCycles(tx: Tx, data: SyntheticDataset): Promise<{ scores: number; ballots: number }> {
  const lastYear = Math.max(...data.cycles.map((c) => c.cycle.year));
  const templates = new Map(data.templates.map((t) => [t.id, t]));
  const ruleSets = new Map(data.ruleSets.map((r) => [r.id, r]));
  const unitNames = new Map(data.units.map((u) => [u.id, u.names[0]?.name ?? u.code]));
  const members = new Map(data.memberships.map((m) => [`${m.blocId}:${m.year}`, m.unitIds]));

  const cycleRows: (typeof s.cycles.$inferInsert)[] = [];
  const templateRows: (typeof s.scoringTemplates.$inferInsert)[] = [];
  const sheets: ReturnType<typeof sheetRows>[] = [];
  const sessions: (typeof s.conferenceSessions.$inferInsert)[] = [];
  const attendance: (typeof s.attendance.$inferInsert)[] = [];
  const rounds: ReturnType<typeof importedRoundRows>[] = [];

  for (const { cycle, sheets: cycleSheets, ballots } of data.cycles) {
    const open = cycle.year === lastYear;
    cycleRows.push(
      cycleRow(cycle, open ? { phase: 'review', status: 'open' } : { phase: 'closed', status: 'closed' }),
    );
    const template = templates.get(cycle.templateId);
    if (template)
      templateRows.push({ ...templateRow(cycle.id, template), lockedAt: new Date(`${cycle.year}-07-01`) });
    const submittedAt = new Date(`${cycle.calendar.selfAssessmentDue}T09:00:00+07:00`);
    for (const sheet of cycleSheets) {
      sheets.push(
        sheetRows(sheet, { cycleId: cycle.id, status: open ? 'submitted' : 'signedOff', submittedAt }),
      );
    }
    const ruleSet = ruleSets.get(cycle.ruleSetId);
    if (open || !ruleSet) continue;

    const unitIds = members.get(`${cycle.blocId}:${cycle.year}`) ?? [];
    const sessionId = randomUUID();
    sessions.push({
      id: sessionId,
      cycleId: cycle.id,
      heldOn: cycle.calendar.conferenceDate,
      startTime: '08:00',
      status: 'closed',
    });
    for (const unitId of unitIds) attendance.push({ sessionId, unitId, mode: 'present' });
    const candidates = unitIds.map((unitId) => ({ unitId, name: unitNames.get(unitId) ?? unitId }));
    for (const voteKind of voteKinds) {
      const cast = ballots[voteKind as VoteKind];
      if (!cast) continue;
      rounds.push(
        importedRoundRows({
          sessionId,
          voteKind,
          rule: ruleSet.votes[voteKind],
          candidates,
          ballotsIssued: unitIds.length,
          voterUnitIds: unitIds.slice(0, cast.length),
          ballots: cast,
          heldAt: new Date(`${cycle.calendar.conferenceDate}T11:00:00+07:00`),
        }),
      );
    }
  }

  await bulkInsert(tx, s.cycles, cycleRows);
  await bulkInsert(tx, s.scoringTemplates, templateRows);
  const scores = await insertSheets(tx, sheets);
  await bulkInsert(tx, s.conferenceSessions, sessions);
  await bulkInsert(tx, s.attendance, attendance);
  await insertImportedRounds(tx, rounds);
  return { scores, ballots: rounds.reduce((n, r) => n + r.ballots.length, 0) };
}
