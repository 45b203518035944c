import { type DbOrTx, matching } from '@thidua/db';
import {
  blocMemberships,
  blocs,
  conferenceSessions,
  cycles,
  documents,
  evidenceFiles,
  nominations,
  officials,
  selfAssessments,
  units,
  voteRounds,
} from '@thidua/db/schema';
import { DomainError } from '@thidua/domain';
import { eq } from 'drizzle-orm';
import type { Target, TargetRef } from './target';

const missing = (what: string) => new DomainError('NOT_FOUND', `Không tìm thấy ${what}.`);

/** Follows the ids a call names up to its cycle, bloc, province and year. */
export async function resolveTarget(db: DbOrTx, ref: TargetRef): Promise<Target> {
  let { cycleId, unitId } = ref;
  let provinceId = ref.provinceId;
  let year = ref.year;

  if (ref.roundId) {
    const [row] = await db
      .select({ cycleId: conferenceSessions.cycleId })
      .from(voteRounds)
      .innerJoin(conferenceSessions, eq(conferenceSessions.id, voteRounds.sessionId))
      .where(eq(voteRounds.id, ref.roundId));
    if (!row) throw missing('vòng bỏ phiếu');
    cycleId = sameOrThrow(cycleId, row.cycleId);
  }
  if (ref.nominationId) {
    const [row] = await db
      .select({ cycleId: nominations.cycleId })
      .from(nominations)
      .where(eq(nominations.id, ref.nominationId));
    if (!row) throw missing('đề nghị khen thưởng');
    cycleId = sameOrThrow(cycleId, row.cycleId);
  }
  if (ref.evidenceId) {
    const [row] = await db
      .select({ cycleId: selfAssessments.cycleId, unitId: selfAssessments.unitId })
      .from(evidenceFiles)
      .innerJoin(selfAssessments, eq(selfAssessments.id, evidenceFiles.selfAssessmentId))
      .where(eq(evidenceFiles.id, ref.evidenceId));
    if (!row) throw missing('tệp minh chứng');
    cycleId = sameOrThrow(cycleId, row.cycleId);
    unitId = sameOrThrow(unitId, row.unitId);
  }
  if (ref.documentId) {
    const [row] = await db
      .select({ cycleId: documents.cycleId, provinceId: documents.provinceId, year: documents.year })
      .from(documents)
      .where(eq(documents.id, ref.documentId));
    if (!row) throw missing('văn bản');
    // A cycle's record is dated when issued (often the next year): the cycle decides the scope.
    if (row.cycleId) cycleId = sameOrThrow(cycleId, row.cycleId);
    else {
      provinceId = sameOrThrow(provinceId, row.provinceId);
      year = sameOrThrow(year, row.year);
    }
  }

  let blocId = ref.blocId;
  let closed = false;
  if (ref.officialId) {
    const [row] = await db
      .select({ unitId: officials.unitId, blocId: officials.blocId, provinceId: officials.provinceId })
      .from(officials)
      .where(eq(officials.id, ref.officialId));
    if (!row) throw missing('người giữ chức vụ');
    if (row.unitId) unitId = sameOrThrow(unitId, row.unitId);
    if (row.blocId) blocId = sameOrThrow(blocId, row.blocId);
    if (row.provinceId) provinceId = sameOrThrow(provinceId, row.provinceId);
  }
  if (cycleId) {
    const [row] = await db
      .select({
        blocId: cycles.blocId,
        year: cycles.year,
        provinceId: blocs.provinceId,
        status: cycles.status,
      })
      .from(cycles)
      .innerJoin(blocs, eq(blocs.id, cycles.blocId))
      .where(eq(cycles.id, cycleId));
    if (!row) throw missing('năm thi đua');
    blocId = sameOrThrow(blocId, row.blocId);
    year = sameOrThrow(year, row.year);
    provinceId = sameOrThrow(provinceId, row.provinceId);
    closed = row.status === 'closed';
  } else if (blocId) {
    const [row] = await db.select({ provinceId: blocs.provinceId }).from(blocs).where(eq(blocs.id, blocId));
    if (!row) throw missing('Khối thi đua');
    provinceId = sameOrThrow(provinceId, row.provinceId);
  }

  if (unitId) {
    const [row] = await db.select({ provinceId: units.provinceId }).from(units).where(eq(units.id, unitId));
    if (!row) throw missing('đơn vị');
    provinceId = sameOrThrow(provinceId, row.provinceId);
    if (blocId && year !== undefined) {
      const member = await db
        .select({ unitId: blocMemberships.unitId })
        .from(blocMemberships)
        .where(matching(blocMemberships, { blocId, unitId, year }));
      if (member.length === 0) throw new DomainError('NOT_A_MEMBER');
    }
  }
  return { cycleId, unitId, blocId, provinceId, year, ...(closed ? { closed } : {}) };
}

/** Two ids of the same call that point at different things: a forged or confused request. */
function sameOrThrow<T>(given: T | undefined, found: T): T {
  if (given !== undefined && given !== found)
    throw new DomainError('OUT_OF_SCOPE', 'Các mã trong yêu cầu không khớp nhau.');
  return found;
}
