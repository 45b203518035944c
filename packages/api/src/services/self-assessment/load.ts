import { type DbOrTx, getCycleRuleSet, getScoringTemplate, loadScoreSheets } from '@thidua/db';
import { evidenceFiles, selfAssessments } from '@thidua/db/schema';
import type { ScoreSheet } from '@thidua/domain';
import { DomainError } from '@thidua/domain';
import { and, asc, eq } from 'drizzle-orm';

/** The unit's sheet row and scores (undefined before the first save). */
export async function loadUnitSheet(db: DbOrTx, cycleId: string, unitId: string) {
  const [head] = await db
    .select()
    .from(selfAssessments)
    .where(and(eq(selfAssessments.cycleId, cycleId), eq(selfAssessments.unitId, unitId)));
  if (!head) return undefined;
  const sheet = (await loadScoreSheets(db, cycleId)).find((s) => s.unitId === unitId) as ScoreSheet;
  return { head, sheet };
}

export async function requireTemplate(db: DbOrTx, cycleId: string) {
  const template = await getScoringTemplate(db, cycleId);
  if (!template)
    throw new DomainError('CYCLE_SETUP_INCOMPLETE', 'Năm thi đua chưa có bảng tiêu chí chấm điểm.');
  return template;
}

/** The criteria table and the year's rule set: a total needs both (late reports cost the rule's points). */
export async function requireScoring(db: DbOrTx, cycleId: string) {
  const template = await requireTemplate(db, cycleId);
  return { ...template, ruleSet: await getCycleRuleSet(db, cycleId) };
}

/** Evidence metadata of a sheet (never the bytes: those go through the download route). */
export function listEvidenceOf(db: DbOrTx, selfAssessmentId: string) {
  return db
    .select({
      id: evidenceFiles.id,
      criterionId: evidenceFiles.criterionId,
      fileName: evidenceFiles.fileName,
      contentType: evidenceFiles.contentType,
      sizeBytes: evidenceFiles.sizeBytes,
      sha256: evidenceFiles.sha256,
      uploadedAt: evidenceFiles.uploadedAt,
    })
    .from(evidenceFiles)
    .where(eq(evidenceFiles.selfAssessmentId, selfAssessmentId))
    .orderBy(asc(evidenceFiles.uploadedAt));
}
