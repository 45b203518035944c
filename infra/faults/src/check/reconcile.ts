import { createHash } from 'node:crypto';
import type { Client } from '@temporalio/client';
import { type Db, schema as s } from '@thidua/db';
import type { CycleSnapshot } from '@thidua/workflows';
import { queryCycle } from '@thidua/workflows/client';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { CycleLedger } from '../driver/ledger';

export interface Count {
  lost: number;
  duplicated: number;
}

export interface Reconciliation {
  cycleId: string;
  submissions: Count;
  ballots: Count;
  records: Count;
  /** Documents the workflow lists for the cycle. */
  recordsListed: number;
  /**
   * Other once-only steps whose audit row (and effect) was written more than once. A retry after a
   * lost answer goes under the action's key, so the workflow answers it without doing it again; one
   * written twice means a retry reached the workflow as a new step.
   */
  stepsWrittenTwice: number;
  /** What does not add up, in words (empty when all is well). */
  notes: string[];
  /** The steps written twice, in words. */
  observations: string[];
}

/** Steps that happen once per cycle, unit or round: two audit rows for one of them is a duplicate. */
const ONCE = [
  'plan.adopt',
  'pact.sign',
  'registration.submit',
  'selfAssessment.signOff',
  'selfAssessment.submit',
  'review.lock',
  'conference.attendance',
  'vote.open',
  'vote.close',
  'vote.confirm',
  'dossier.submit',
  'dossier.accept',
  'decision.record',
  'cycle.close',
];

/**
 * Compares what the driver got accepted with what the workflow and PostgreSQL hold for one cycle.
 * A submission or ballot is lost when the API accepted it (or the workflow counts it) but PostgreSQL
 * lacks it, or, for a ballot, when the tally did not count it; duplicated when stored or counted
 * more than once, or stored without the API ever accepting it. A record is lost when the workflow lists a
 * document PostgreSQL does not hold intact, duplicated when PostgreSQL holds one the workflow does not list.
 */
export async function reconcile(db: Db, temporal: Client, ledger: CycleLedger): Promise<Reconciliation> {
  const { cycleId } = ledger;
  const wf: CycleSnapshot = await queryCycle(temporal, cycleId);
  const notes: string[] = [];
  if (wf.phase !== 'closed') notes.push(`workflow phase ${wf.phase}, not closed`);
  const [row] = await db.select({ status: s.cycles.status }).from(s.cycles).where(eq(s.cycles.id, cycleId));
  if (row?.status !== 'closed') notes.push(`cycle row ${row?.status ?? 'missing'}, not closed`);

  // Submissions: the workflow's "submitted", the unit status projection and the signed sheet agree.
  const sheets = await db
    .select({ unitId: s.selfAssessments.unitId, status: s.selfAssessments.status })
    .from(s.selfAssessments)
    .where(eq(s.selfAssessments.cycleId, cycleId));
  const statuses = await db
    .select({
      unitId: s.cycleUnitStatus.unitId,
      state: sql<string | null>`${s.cycleUnitStatus.steps} -> 'selfAssessment' ->> 'state'`,
    })
    .from(s.cycleUnitStatus)
    .where(eq(s.cycleUnitStatus.cycleId, cycleId));
  const submissions: Count = { lost: 0, duplicated: 0 };
  for (const unit of wf.units) {
    const stored = sheets.filter((x) => x.unitId === unit.id);
    const state = statuses.find((x) => x.unitId === unit.id)?.state;
    const accepted =
      ledger.submissions.has(unit.id) ||
      ledger.submissionsConfirmed.has(unit.id) ||
      unit.selfAssessment === 'submitted';
    const kept = (state === 'submitted' || state === 'done') && stored.some((x) => x.status === 'signedOff');
    if (accepted && !kept) {
      submissions.lost += 1;
      notes.push(
        `submission of ${unit.id}: accepted; unit status ${state ?? 'missing'}, sheet ${stored.map((x) => x.status).join(',') || 'missing'}`,
      );
    } else if (ledger.submissions.has(unit.id) && unit.selfAssessment !== 'submitted') {
      submissions.lost += 1;
      notes.push(`submission of ${unit.id}: accepted, workflow says ${unit.selfAssessment}`);
    }
    submissions.duplicated += Math.max(0, stored.length - 1);
  }

  // Ballots: per round, what the API accepted, the receipts, the anonymous ballots and the tally
  // agree. PostgreSQL alone accepts a ballot, so its receipts are the reference: every accepted
  // ballot has one, every receipt was accepted, and the tally counted each exactly once.
  const ballots: Count = { lost: 0, duplicated: 0 };
  const roundIds = wf.rounds.map((r) => r.id);
  const receipts = roundIds.length
    ? await db.select().from(s.ballotReceipts).where(inArray(s.ballotReceipts.roundId, roundIds))
    : [];
  const urns = roundIds.length
    ? await db
        .select({ roundId: s.ballots.roundId, n: sql<number>`count(*)::int` })
        .from(s.ballots)
        .where(inArray(s.ballots.roundId, roundIds))
        .groupBy(s.ballots.roundId)
    : [];
  for (const round of wf.rounds) {
    const what = `${round.kind} round ${round.number}`;
    const stored = new Set(receipts.filter((r) => r.roundId === round.id).map((r) => r.unitId));
    const counted = urns.find((u) => u.roundId === round.id)?.n ?? 0;
    const accepted = new Set([
      ...(ledger.ballots.get(round.id) ?? []),
      ...(ledger.ballotsConfirmed.get(round.id) ?? []),
    ]);
    // The workflow's voters come from the receipts at the tally (rounds of older builds: from Updates).
    for (const unitId of new Set([...accepted, ...round.voters])) {
      if (!stored.has(unitId)) {
        ballots.lost += 1;
        notes.push(`ballot of ${unitId} in ${what}: counted as cast, no receipt`);
      }
    }
    for (const unitId of stored) {
      if (!accepted.has(unitId)) {
        ballots.duplicated += 1;
        notes.push(`ballot of ${unitId} in ${what}: a receipt, but the API never accepted it`);
      }
    }
    if (counted < stored.size) {
      ballots.lost += stored.size - counted;
      notes.push(`${what}: ${stored.size} receipts, ${counted} ballots`);
    }
    if (counted > stored.size) {
      ballots.duplicated += counted - stored.size;
      notes.push(`${what}: ${counted} ballots for ${stored.size} receipts`);
    }
    ballots.duplicated += round.voters.length - new Set(round.voters).size;
    if (round.status !== 'closed') continue;
    const tallied = round.result?.ballotsReceived ?? 0;
    if (tallied !== stored.size) {
      if (tallied < stored.size) ballots.lost += stored.size - tallied;
      else ballots.duplicated += tallied - stored.size;
      notes.push(`${what}: the tally counted ${tallied} ballots, ${stored.size} receipts`);
    }
    const missed = [...stored].filter((u) => !round.voters.includes(u));
    if (missed.length > 0) {
      ballots.lost += missed.length;
      notes.push(`${what}: receipts of ${missed.join(', ')} missing from the workflow's voters`);
    }
  }
  for (const roundId of ledger.ballots.keys()) {
    if (!roundIds.includes(roundId))
      notes.push(`round ${roundId} accepted by the API, unknown to the workflow`);
  }

  // Records: the documents the workflow lists are stored intact, and nothing else was stored.
  const records: Count = { lost: 0, duplicated: 0 };
  const listed = new Set([
    ...(wf.stepRecordIds ?? []),
    ...(wf.dossier.documentIds ?? []),
    ...(wf.decision?.documentIds ?? []),
  ]);
  const docs = await db
    .select({
      id: s.documents.id,
      sha256: s.documents.sha256,
      bytes: s.documents.bytes,
      type: s.documents.recordType,
    })
    .from(s.documents)
    .where(eq(s.documents.cycleId, cycleId));
  for (const id of listed) {
    const doc = docs.find((d) => d.id === id);
    const intact = doc?.bytes && createHash('sha256').update(doc.bytes).digest('hex') === doc.sha256;
    if (!intact) {
      records.lost += 1;
      notes.push(`document ${id}: ${doc ? 'checksum mismatch' : 'listed by the workflow, not stored'}`);
    }
  }
  for (const doc of docs) {
    if (!listed.has(doc.id)) {
      records.duplicated += 1;
      notes.push(`document ${doc.id} (${doc.type}) stored but not listed by the workflow`);
    }
  }

  // Steps: once-only actions audited once.
  const audits = await db
    .select({
      action: s.auditLog.action,
      entityId: s.auditLog.entityId,
      unitId: sql<string | null>`${s.auditLog.after} ->> 'unitId'`,
      n: sql<number>`count(*)::int`,
    })
    .from(s.auditLog)
    .where(
      and(
        sql`${s.auditLog.after} ->> 'cycleId' = ${cycleId}`,
        inArray(s.auditLog.action, [...ONCE, 'ballot.cast']),
      ),
    )
    .groupBy(s.auditLog.action, s.auditLog.entityId, sql`${s.auditLog.after} ->> 'unitId'`);
  let stepsWrittenTwice = 0;
  const observations: string[] = [];
  for (const a of audits) {
    if (a.n <= 1) continue;
    const what = `${a.action} ${a.entityId ?? ''}${a.unitId ? ` ${a.unitId}` : ''} audited ${a.n} times`;
    if (a.action === 'ballot.cast') ballots.duplicated += a.n - 1;
    else if (a.action === 'selfAssessment.submit') submissions.duplicated += a.n - 1;
    else {
      stepsWrittenTwice += a.n - 1;
      observations.push(what);
      continue;
    }
    notes.push(what);
  }
  return {
    cycleId,
    submissions,
    ballots,
    records,
    recordsListed: listed.size,
    stepsWrittenTwice,
    notes,
    observations,
  };
}
