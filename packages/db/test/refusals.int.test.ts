import { randomUUID } from 'node:crypto';
import { demoDataset, type VoteKind } from '@thidua/domain';
import type {} from '@thidua/vitest-setup/context';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import {
  addEvidence,
  appendAudit,
  closeVoteRound,
  createCycle,
  createSelfAssessment,
  openVoteRound,
  recordBallot,
  saveScoreSheet,
  withDbErrors,
} from '../src';
import type { Tx } from '../src/client';
import * as s from '../src/schema';
import { EVIDENCE_MAX_BYTES } from '../src/schema';
import { createTestDatabase, type TestDatabase } from '../src/testing';
import { databaseChecksum, insertMiniCycle, insertSignedDocument } from './fixtures';

let t: TestDatabase;
let mini: Awaited<ReturnType<typeof insertMiniCycle>>;
let sheetId: string;
let roundId: string;
let signedId: string;
let closedRoundId: string;

beforeAll(async () => {
  t = await createTestDatabase(inject('databaseAdminUrl'));
  // Five members: three present at the conference, one sent a written opinion, one has no record.
  mini = await insertMiniCycle(t.db, { units: 5 });
  const [u1, u2, u3, u4] = mini.unitIds as [string, string, string, string];
  sheetId = await createSelfAssessment(t.db, { cycleId: mini.cycleId, unitId: u1 });
  const [session] = await t.db
    .insert(s.conferenceSessions)
    .values({ cycleId: mini.cycleId, heldOn: '2024-12-20' })
    .returning({ id: s.conferenceSessions.id });
  await t.db.insert(s.attendance).values([
    ...[u1, u2, u3].map((unitId) => ({
      sessionId: session?.id as string,
      unitId,
      mode: 'present' as const,
    })),
    { sessionId: session?.id as string, unitId: u4, mode: 'writtenOpinion' as const },
  ]);
  // One round per kind, u1 and u2 as candidates, one ballot cast in each.
  const openRoundWithBallot = async (voteKind: VoteKind, voter: string, choice: string) => {
    const id = await t.db.transaction((tx) =>
      openVoteRound(tx, {
        sessionId: session?.id as string,
        voteKind,
        rule: mini.ruleSet.votes[voteKind],
        candidates: [{ unitId: u1 }, { unitId: u2 }],
        ballotsIssued: 3,
      }),
    );
    const choices = { kind: 'choices' as const, candidateIds: [choice] };
    await t.db.transaction((tx) => recordBallot(tx, { roundId: id, unitId: voter, choices }));
    return id;
  };
  roundId = await openRoundWithBallot('provincialFlag', u1, u2);
  closedRoundId = await openRoundWithBallot('certificateOfMerit', u2, u1);
  await appendAudit(t.db, {
    action: 'test.seed',
    entity: 'cycle',
    entityId: mini.cycleId,
    after: { ok: true },
  });
  await t.db.insert(s.reviews).values({ cycleId: mini.cycleId, unitId: u1 });
  await t.db.insert(s.reviewResponses).values({
    cycleId: mini.cycleId,
    unitId: u1,
    body: 'Đơn vị giải trình.',
    respondedBy: mini.userId,
  });
  signedId = await t.db.transaction((tx) => insertSignedDocument(tx, mini, 'b'.repeat(64)));
});
afterAll(() => t?.drop());

/** Runs `attempt` in a transaction, expects a refusal with `code`, and the database unchanged. */
async function expectRefused(code: string, attempt: (tx: Tx) => Promise<unknown>) {
  const before = await databaseChecksum(t.db);
  const error = await t.db
    .transaction((tx) => withDbErrors(() => attempt(tx)))
    .then(
      () => undefined,
      (e: unknown) => e,
    );
  expect(error, `expected ${code}`).toMatchObject({ code });
  expect((error as Error).message).toMatch(/\p{L}/u); // a readable (Vietnamese) message
  expect(await databaseChecksum(t.db)).toEqual(before);
}

const u = (i: number) => mini.unitIds[i] as string;
const sheetOf = (unitId: string, score: number) => ({
  unitId,
  criteria: [{ criterionId: mini.template.groups[0]?.criteria[0]?.id as string, selfScore: score }],
});

describe('invalid input is refused with a clear error and leaves the database unchanged', () => {
  test('score above the criterion maximum (domain check)', () =>
    expectRefused('SCORE_OUT_OF_RANGE', (tx) =>
      saveScoreSheet(tx, {
        cycleId: mini.cycleId,
        unitId: u(1),
        sheet: sheetOf(u(1), 31),
        template: mini.template,
      }),
    ));

  test('negative score written past the repositories (CHECK)', () =>
    expectRefused('SCORE_OUT_OF_RANGE', (tx) =>
      tx.insert(s.assessmentScores).values({ selfAssessmentId: sheetId, criterionId: 'c1.1', selfScore: -1 }),
    ));

  test('reviewed score changed without a reason (CHECK)', () =>
    expectRefused('REVIEW_REASON_REQUIRED', (tx) =>
      tx
        .insert(s.assessmentScores)
        .values({ selfAssessmentId: sheetId, criterionId: 'c1.2', selfScore: 5, reviewedScore: 4 }),
    ));

  test('second ballot from the same unit in a round', () =>
    expectRefused('ALREADY_VOTED', (tx) =>
      recordBallot(tx, { roundId, unitId: u(0), choices: { kind: 'choices', candidateIds: [u(1)] } }),
    ));

  test('second receipt written past the repositories (primary key)', () =>
    expectRefused('ALREADY_VOTED', (tx) => tx.insert(s.ballotReceipts).values({ roundId, unitId: u(0) })));

  test('ballot of a member not present at the conference (written opinion, or no attendance at all)', async () => {
    await expectRefused('NOT_PRESENT', (tx) =>
      recordBallot(tx, { roundId, unitId: u(3), choices: { kind: 'choices', candidateIds: [u(0)] } }),
    );
    await expectRefused('NOT_PRESENT', (tx) =>
      recordBallot(tx, { roundId, unitId: u(4), choices: { kind: 'blank' } }),
    );
  });

  test('ballot choosing more units than allowed', () =>
    expectRefused('BALLOT_TOO_MANY_CHOICES', (tx) =>
      recordBallot(tx, { roundId, unitId: u(2), choices: { kind: 'choices', candidateIds: [u(0), u(1)] } }),
    ));

  test('duplicate self-assessment for a cycle and unit', () =>
    expectRefused('DUPLICATE_ENTRY', (tx) =>
      createSelfAssessment(tx, { cycleId: mini.cycleId, unitId: u(0) }),
    ));

  test('duplicate cycle for a bloc and year', () =>
    expectRefused('DUPLICATE_ENTRY', (tx) =>
      createCycle(tx, {
        id: `cy-${randomUUID()}`,
        blocId: mini.blocId,
        year: mini.year,
        ruleSetId: mini.ruleSet.id,
        templateId: mini.template.id,
        calendar: demoDataset.cycle2023.cycle.calendar,
      }),
    ));

  test('second response of a unit to its review', () =>
    expectRefused('ALREADY_RESPONDED', (tx) =>
      tx
        .insert(s.reviewResponses)
        .values({ cycleId: mini.cycleId, unitId: u(0), body: 'Lần hai.', respondedBy: mini.userId }),
    ));

  test('evidence too large (repository) and past the repository (CHECK)', async () => {
    const big = { key: 'k', sizeBytes: EVIDENCE_MAX_BYTES + 1, sha256: 'c'.repeat(64) };
    const base = {
      selfAssessmentId: sheetId,
      fileName: 'minh-chung.pdf',
      contentType: 'application/pdf',
      uploadedBy: mini.userId,
    };
    await expectRefused('EVIDENCE_TOO_LARGE', (tx) => addEvidence(tx, { ...base, storage: big }));
    await expectRefused('EVIDENCE_TOO_LARGE', (tx) =>
      tx
        .insert(s.evidenceFiles)
        .values({ ...base, sizeBytes: big.sizeBytes, sha256: big.sha256, storageKey: 'k' }),
    );
  });

  test('evidence of a refused type (repository) and past the repository (CHECK)', async () => {
    const base = { selfAssessmentId: sheetId, fileName: 'virus.exe', uploadedBy: mini.userId };
    await expectRefused('EVIDENCE_TYPE_NOT_ALLOWED', (tx) =>
      addEvidence(tx, { ...base, contentType: 'application/x-msdownload', bytes: Buffer.from('MZ') }),
    );
    await expectRefused('EVIDENCE_TYPE_NOT_ALLOWED', (tx) =>
      tx.insert(s.evidenceFiles).values({
        ...base,
        contentType: 'text/html',
        sizeBytes: 2,
        sha256: 'd'.repeat(64),
        bytes: Buffer.from('<a'),
      }),
    );
  });

  test('UPDATE, DELETE or TRUNCATE on the audit log', async () => {
    await expectRefused('AUDIT_APPEND_ONLY', (tx) => tx.update(s.auditLog).set({ action: 'forged' }));
    await expectRefused('AUDIT_APPEND_ONLY', (tx) => tx.delete(s.auditLog));
    await expectRefused('AUDIT_APPEND_ONLY', (tx) => tx.execute(sql`truncate audit_log`));
  });

  test('overwriting a signed document: in place, by reusing its version, by deleting it', async () => {
    const [doc] = await t.db.select().from(s.documents).where(sql`${s.documents.id} = ${signedId}`);
    if (!doc) throw new Error('no signed document');
    await expectRefused('DOCUMENT_IMMUTABLE', (tx) =>
      tx
        .update(s.documents)
        .set({ bytes: Buffer.from('forged'), sizeBytes: 6 })
        .where(sql`id = ${signedId}`),
    );
    await expectRefused('DOCUMENT_IMMUTABLE', (tx) =>
      tx.update(s.documents).set({ status: 'cancelled', cancelReason: 'x' }).where(sql`id = ${signedId}`),
    );
    await expectRefused('DOCUMENT_IMMUTABLE', (tx) => tx.delete(s.documents).where(sql`id = ${signedId}`));
    const { id: _id, ...copy } = doc;
    await expectRefused('DOCUMENT_IMMUTABLE', (tx) =>
      tx.insert(s.documents).values({ ...copy, status: 'draft', number: null, numberLabel: null }),
    );
    await expectRefused('DOCUMENT_IMMUTABLE', (tx) => tx.delete(s.signedScans));
  });

  test('tampering with a closed round: its ballots, receipts, or the round itself', async () => {
    await t.db.transaction((tx) => closeVoteRound(tx, { roundId: closedRoundId }));
    const [ballot] = await t.db.select().from(s.ballots).where(eq(s.ballots.roundId, closedRoundId));
    if (!ballot) throw new Error('no ballot');
    await expectRefused('BALLOT_SEALED', (tx) =>
      tx
        .update(s.ballots)
        .set({ choices: { kind: 'blank' } })
        .where(eq(s.ballots.id, ballot.id)),
    );
    await expectRefused('ROUND_CLOSED', (tx) =>
      tx.delete(s.ballots).where(eq(s.ballots.roundId, closedRoundId)),
    );
    await expectRefused('ROUND_CLOSED', (tx) =>
      tx.insert(s.ballots).values({ roundId: closedRoundId, choices: { kind: 'blank' }, valid: true }),
    );
    await expectRefused('ROUND_CLOSED', (tx) =>
      tx.insert(s.ballotReceipts).values({ roundId: closedRoundId, unitId: u(2) }),
    );
    await expectRefused('ROUND_CLOSED', (tx) =>
      tx.delete(s.ballotReceipts).where(eq(s.ballotReceipts.roundId, closedRoundId)),
    );
    await expectRefused('ROUND_CLOSED', (tx) =>
      tx
        .update(s.voteRounds)
        .set({ status: 'open', closedAt: null })
        .where(eq(s.voteRounds.id, closedRoundId)),
    );
    await expectRefused('ROUND_CLOSED', (tx) =>
      tx.delete(s.voteRounds).where(eq(s.voteRounds.id, closedRoundId)),
    );
  });

  test('two names of a unit in force on the same day (exclusion constraint)', () =>
    expectRefused('CONSTRAINT_VIOLATION', async (tx) => {
      await tx.insert(s.unitNames).values({ unitId: u(0), name: 'Tên thứ nhất', validFrom: '2020-01-01' });
      await tx.insert(s.unitNames).values({ unitId: u(0), name: 'Tên thứ hai', validFrom: '2022-01-01' });
    }));

  test('text that is not NFC written past the repositories (CHECK)', () =>
    expectRefused('CONSTRAINT_VIOLATION', (tx) =>
      tx
        .insert(s.unitNames)
        .values({ unitId: u(1), name: 'Thanh tra tỉnh'.normalize('NFD'), validFrom: '2020-01-01' }),
    ));
});
