import {
  addEvidence,
  createDocumentVersion,
  createSelfAssessment,
  type Db,
  openVoteRound,
  type UnitStatusProjection,
  upsertCycleProjection,
  upsertUnitStatuses,
} from '@thidua/db';
import {
  conferenceSessions,
  cycles,
  nominations,
  notifications,
  officials,
  ruleSets,
  users,
} from '@thidua/db/schema';
import { demoDataset, type Phase } from '@thidua/domain';
import { asc, eq } from 'drizzle-orm';
import { MEMBERS } from './demo-users';

export const CYCLE_2022 = demoDataset.cycle2022.cycle.id;
export const CYCLE_2023 = demoDataset.cycle2023.cycle.id;
export const BLOC = demoDataset.bloc.id;
export const PROVINCE = demoDataset.provinces[0]?.id as string;
export const UNIT = 'u-snv';

/** A minimal PDF: enough for the content sniffing of uploads. */
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

/**
 * Rows the demo seed lacks but the procedures name: a conference round, a record, a nomination, an
 * evidence file, a notice.
 */
export async function addFixtures(db: Db) {
  const [session] = await db
    .insert(conferenceSessions)
    .values({ id: `${CYCLE_2022}:session:1`, cycleId: CYCLE_2022, heldOn: '2023-01-04' })
    .returning({ id: conferenceSessions.id });
  const roundId = await openVoteRound(db, {
    sessionId: session?.id as string,
    voteKind: 'provincialFlag',
    rule: demoDataset.ruleSets[2022].votes.provincialFlag,
    candidates: [{ unitId: UNIT, name: 'Sở Nội vụ' }],
    ballotsIssued: demoDataset.memberIds.length,
  });
  const [admin] = await db.select({ id: users.id }).from(users).where(eq(users.username, 'admin'));
  const [ruleSet] = await db.select({ id: ruleSets.id }).from(ruleSets).limit(1);
  const document = await db.transaction((tx) =>
    createDocumentVersion(tx, {
      cycleId: CYCLE_2022,
      provinceId: PROVINCE,
      recordType: 'proposal',
      issuerCode: 'KTĐNC',
      year: 2022,
      series: null,
      title: 'Tờ trình đề nghị khen thưởng',
      fileName: 'Tờ trình đề nghị khen thưởng.docx',
      contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      bytes: Buffer.from('PK\u0003\u0004 not really a docx'),
      sourceDataHash: 'fixture',
    }),
  );
  const [nomination] = await db
    .insert(nominations)
    .values({
      cycleId: CYCLE_2022,
      awardKind: 'certificateOfMerit',
      unitId: UNIT,
      votes: 5,
      percentage: 62.5,
    })
    .returning({ id: nominations.id });
  const sheetId = await createSelfAssessment(db, { cycleId: CYCLE_2023, unitId: UNIT });
  const evidenceId = await addEvidence(db, {
    selfAssessmentId: sheetId,
    fileName: 'Minh chứng.pdf',
    contentType: 'application/pdf',
    bytes: PDF,
    uploadedBy: admin?.id as string,
  });
  const [notice] = await db
    .insert(notifications)
    .values({
      role: 'unitHead',
      scopeKind: 'unit',
      scopeId: UNIT,
      kind: 'test.notice',
      dedupeKey: 'fixture:notice',
      cycleId: CYCLE_2023,
    })
    .returning({ id: notifications.id });
  // The seeded head of the sample unit: the office holder the procedures name.
  const [official] = await db
    .select({ id: officials.id })
    .from(officials)
    .where(eq(officials.unitId, UNIT))
    .orderBy(asc(officials.position));
  return {
    roundId,
    adminId: admin?.id as string,
    ruleSetId: ruleSet?.id as string,
    documentId: document.id,
    nominationId: nomination?.id as string,
    evidenceId,
    notificationId: notice?.id as string,
    officialId: official?.id as string,
  };
}

export type Fixtures = Awaited<ReturnType<typeof addFixtures>>;

type MemberStatus = Omit<UnitStatusProjection, 'cycleId' | 'unitId' | 'seq'>;

/** The demo bloc's members as a cycle's workflow would have projected them (no workflow runs). */
export async function projectMembers(
  db: Db,
  cycleId: string,
  statusOf: (unitId: string) => MemberStatus,
): Promise<void> {
  await upsertUnitStatuses(
    db,
    MEMBERS.map((unitId) => ({ cycleId, unitId, seq: 1, ...statusOf(unitId) })),
  );
}

/** A year whose workflow runs and has projected `phase` (no workflow runs here). */
export async function projectStartedCycle(db: Db, cycleId: string, phase: Phase): Promise<void> {
  await db.update(cycles).set({ startedAt: new Date() }).where(eq(cycles.id, cycleId));
  await upsertCycleProjection(db, { cycleId, seq: 1, phase });
}

/** The 2023 cycle in review, as its projection says. */
export async function project2023InReview(db: Db, statusOf: (unitId: string) => MemberStatus): Promise<void> {
  await projectStartedCycle(db, CYCLE_2023, 'review');
  await projectMembers(db, CYCLE_2023, statusOf);
}
