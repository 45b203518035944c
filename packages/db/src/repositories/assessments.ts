import { createHash } from 'node:crypto';
import {
  DomainError,
  nfc,
  normalizeStrings,
  type ScoreSheet,
  type ScoringTemplate,
  scoreIssues,
  type TypedSheet,
  throwFirst,
} from '@thidua/domain';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../client';
import { withDbErrors } from '../errors';
import { sheetLineRows, sheetRows } from '../rows';
import {
  assessmentAdjustments,
  assessmentScores,
  EVIDENCE_MAX_BYTES,
  evidenceContentTypes,
  evidenceFiles,
  selfAssessments,
} from '../schema';
import { deleteStoredFile } from './stored-files';

export interface SaveSheetInput {
  cycleId: string;
  unitId: string;
  sheet: ScoreSheet;
  /** The cycle's template: scores are checked against it (range, step, known criteria). */
  template: ScoringTemplate;
  /** At submission every criterion must be scored. */
  requireComplete?: boolean;
  /** The draft as typed, invalid entries included: kept beside the valid sheet so nothing is lost. */
  typed?: TypedSheet | undefined;
}

/**
 * Saves a unit's draft score sheet (replaces its scores). Refuses, before writing: any issue the
 * domain finds (SCORE_OUT_OF_RANGE, SCORE_STEP_INVALID, UNKNOWN_CRITERION…), a sheet for another
 * unit, and a sheet already submitted (ALREADY_SUBMITTED). Returns the self-assessment id.
 */
export async function saveScoreSheet(tx: Tx, input: SaveSheetInput): Promise<string> {
  const sheet = normalizeStrings(input.sheet);
  if (sheet.unitId !== input.unitId) {
    throw new DomainError('INVALID_INPUT', 'Bảng điểm không thuộc đơn vị này.', { unitId: input.unitId });
  }
  throwFirst(scoreIssues(input.template, sheet, { requireComplete: input.requireComplete ?? false }));

  const [current] = await tx
    .select({ id: selfAssessments.id, status: selfAssessments.status })
    .from(selfAssessments)
    .where(and(eq(selfAssessments.cycleId, input.cycleId), eq(selfAssessments.unitId, input.unitId)))
    .for('update');
  if (current && (current.status === 'submitted' || current.status === 'signedOff')) {
    throw new DomainError('ALREADY_SUBMITTED', undefined, { selfAssessmentId: current.id });
  }
  const rows = sheetRows(sheet, { cycleId: input.cycleId, status: 'draft' });
  const typed = input.typed ? normalizeStrings(input.typed) : null;
  const id = current?.id ?? rows.assessment.id;
  return withDbErrors(async () => {
    if (current) {
      await tx
        .update(selfAssessments)
        .set({
          lateReports: rows.assessment.lateReports,
          disqualifierIds: rows.assessment.disqualifierIds,
          typedEntries: typed,
          updatedAt: new Date(),
        })
        .where(eq(selfAssessments.id, id));
    } else {
      await tx.insert(selfAssessments).values({ ...rows.assessment, typedEntries: typed });
    }
    await replaceSheetLines(tx, id, sheet);
    return id;
  });
}

/**
 * The one writer of a stored sheet's lines: replaces its criterion scores and bonus/penalty
 * adjustments (self and reviewed sides) with the sheet's.
 */
async function replaceSheetLines(tx: Tx, selfAssessmentId: string, sheet: ScoreSheet): Promise<void> {
  const rows = sheetLineRows(selfAssessmentId, sheet);
  await tx.delete(assessmentScores).where(eq(assessmentScores.selfAssessmentId, selfAssessmentId));
  await tx.delete(assessmentAdjustments).where(eq(assessmentAdjustments.selfAssessmentId, selfAssessmentId));
  if (rows.scores.length > 0) await tx.insert(assessmentScores).values(rows.scores);
  if (rows.adjustments.length > 0) await tx.insert(assessmentAdjustments).values(rows.adjustments);
}

/** The sheet's row, locked for the rest of the transaction. */
async function lockedSelfAssessmentId(tx: Tx, cycleId: string, unitId: string): Promise<string | undefined> {
  const [row] = await tx
    .select({ id: selfAssessments.id })
    .from(selfAssessments)
    .where(and(eq(selfAssessments.cycleId, cycleId), eq(selfAssessments.unitId, unitId)))
    .for('update');
  return row?.id;
}

/**
 * The workflow's signed-off sheet. The database reads "signedOff" as the final sheet (handed in and
 * signed); the workflow's later "submitted" step is in cycle_unit_status.
 */
export async function recordSignedOffSheet(
  tx: Tx,
  input: { cycleId: string; unitId: string; sheet: ScoreSheet; signedOffBy: string | null; at: Date },
): Promise<void> {
  const { at } = input;
  let id = await lockedSelfAssessmentId(tx, input.cycleId, input.unitId);
  const fields = {
    status: 'signedOff' as const,
    submittedAt: at,
    signedOffAt: at,
    signedOffBy: input.signedOffBy,
    typedEntries: null,
    updatedAt: at,
  };
  if (id) {
    await tx
      .update(selfAssessments)
      .set({ ...fields, version: sql`${selfAssessments.version} + 1` })
      .where(eq(selfAssessments.id, id));
  } else {
    const [row] = await tx
      .insert(selfAssessments)
      .values({ cycleId: input.cycleId, unitId: input.unitId, ...fields })
      .returning({ id: selfAssessments.id });
    id = (row as { id: string }).id;
  }
  await replaceSheetLines(tx, id, input.sheet);
}

const ofUnit = (cycleId: string, unitId: string) =>
  and(eq(selfAssessments.cycleId, cycleId), eq(selfAssessments.unitId, unitId));

/** Whether the sheet came in after its deadline, and the late reports it is charged with. */
export async function recordSheetLateness(
  tx: DbOrTx,
  input: { cycleId: string; unitId: string; late: boolean; lateReports: number; at: Date },
): Promise<void> {
  await tx
    .update(selfAssessments)
    .set({ late: input.late, lateReports: input.lateReports, updatedAt: input.at })
    .where(ofUnit(input.cycleId, input.unitId));
}

export async function recordSheetReturned(
  tx: DbOrTx,
  input: { cycleId: string; unitId: string; reason: string; at: Date },
): Promise<void> {
  await tx
    .update(selfAssessments)
    .set({
      status: 'returned',
      returnedAt: input.at,
      returnReason: normalizeStrings(input.reason),
      updatedAt: input.at,
    })
    .where(ofUnit(input.cycleId, input.unitId));
}

/** The reviewers' side of a stored sheet, with the disqualifiers found; no stored sheet → nothing. */
export async function recordReviewedSheet(
  tx: Tx,
  input: { cycleId: string; unitId: string; sheet: ScoreSheet; at: Date },
): Promise<void> {
  const id = await lockedSelfAssessmentId(tx, input.cycleId, input.unitId);
  if (!id) return;
  await replaceSheetLines(tx, id, input.sheet);
  await tx
    .update(selfAssessments)
    .set({ disqualifierIds: input.sheet.disqualifierIds ?? [], updatedAt: input.at })
    .where(eq(selfAssessments.id, id));
}

/** Creates a draft sheet with no scores (e.g. when a unit opens the page); duplicate → DUPLICATE_ENTRY. */
export async function createSelfAssessment(
  tx: DbOrTx,
  input: { cycleId: string; unitId: string },
): Promise<string> {
  const rows = await withDbErrors(() =>
    tx.insert(selfAssessments).values(input).returning({ id: selfAssessments.id }),
  );
  return (rows[0] as { id: string }).id;
}

/** The unit's sheet of the cycle, created (as a draft) unless it exists; concurrent callers are safe. */
export async function ensureSelfAssessment(
  tx: DbOrTx,
  input: { cycleId: string; unitId: string },
): Promise<void> {
  await tx
    .insert(selfAssessments)
    .values(input)
    .onConflictDoNothing({ target: [selfAssessments.cycleId, selfAssessments.unitId] });
}

/** The domain's ScoreSheet of every unit of a cycle, rebuilt from the stored scores. */
export async function loadScoreSheets(db: DbOrTx, cycleId: string): Promise<ScoreSheet[]> {
  const heads = await db.select().from(selfAssessments).where(eq(selfAssessments.cycleId, cycleId));
  if (heads.length === 0) return [];
  const ids = heads.map((h) => h.id);
  const scores = await db
    .select()
    .from(assessmentScores)
    .where(inArray(assessmentScores.selfAssessmentId, ids));
  const adjustments = await db
    .select()
    .from(assessmentAdjustments)
    .where(inArray(assessmentAdjustments.selfAssessmentId, ids));
  const opt = <K extends string, V>(key: K, value: V | null) =>
    (value === null ? {} : { [key]: value }) as Partial<Record<K, V>>;
  return heads.map((h) => ({
    unitId: h.unitId,
    criteria: scores
      .filter((s) => s.selfAssessmentId === h.id)
      .map((s) => ({
        criterionId: s.criterionId,
        selfScore: s.selfScore,
        ...opt('reviewedScore', s.reviewedScore),
        ...opt('reviewReason', s.reasonForChange),
        ...opt('selfNote', s.selfNote),
      })),
    bonuses: adjustments
      .filter((a) => a.selfAssessmentId === h.id && a.kind === 'bonus')
      .map((a) => ({
        itemId: a.itemId,
        selfPoints: a.selfValue,
        ...opt('reviewedPoints', a.reviewedValue),
        ...opt('reviewReason', a.reasonForChange),
      })),
    penalties: adjustments
      .filter((a) => a.selfAssessmentId === h.id && a.kind === 'penalty')
      .map((a) => ({
        itemId: a.itemId,
        selfCount: a.selfValue,
        ...opt('reviewedCount', a.reviewedValue),
        ...opt('reviewReason', a.reasonForChange),
      })),
    disqualifierIds: h.disqualifierIds,
    lateReports: h.lateReports,
  }));
}

export interface EvidenceInput {
  selfAssessmentId: string;
  criterionId?: string | null;
  fileName: string;
  contentType: string;
  /** The file itself (stored in the row), or a key of external storage plus its size and hash. */
  bytes?: Buffer;
  storage?: { key: string; sizeBytes: number; sha256: string };
  uploadedBy: string;
}

/**
 * Removes an evidence file of a sheet (and its stored bytes); returns what was removed, or undefined
 * when the sheet holds no such file.
 */
export async function deleteEvidence(
  tx: Tx,
  input: { selfAssessmentId: string; evidenceId: string },
): Promise<{ fileName: string; sizeBytes: number } | undefined> {
  const [row] = await tx
    .delete(evidenceFiles)
    .where(
      and(eq(evidenceFiles.id, input.evidenceId), eq(evidenceFiles.selfAssessmentId, input.selfAssessmentId)),
    )
    .returning({
      fileName: evidenceFiles.fileName,
      sizeBytes: evidenceFiles.sizeBytes,
      storageKey: evidenceFiles.storageKey,
    });
  if (!row) return undefined;
  if (row.storageKey) await deleteStoredFile(tx, row.storageKey);
  return { fileName: row.fileName, sizeBytes: row.sizeBytes };
}

/** Stores an evidence file. Too large or of a refused type → a coded error, nothing written. */
export async function addEvidence(tx: DbOrTx, input: EvidenceInput): Promise<string> {
  const sizeBytes = input.bytes?.length ?? input.storage?.sizeBytes ?? 0;
  if (sizeBytes > EVIDENCE_MAX_BYTES) {
    throw new DomainError('EVIDENCE_TOO_LARGE', undefined, { sizeBytes, maxBytes: EVIDENCE_MAX_BYTES });
  }
  if (!(evidenceContentTypes as readonly string[]).includes(input.contentType)) {
    throw new DomainError('EVIDENCE_TYPE_NOT_ALLOWED', undefined, {
      contentType: input.contentType,
      allowed: evidenceContentTypes,
    });
  }
  const sha256 = input.bytes ? createHash('sha256').update(input.bytes).digest('hex') : input.storage?.sha256;
  const rows = await withDbErrors(() =>
    tx
      .insert(evidenceFiles)
      .values({
        selfAssessmentId: input.selfAssessmentId,
        criterionId: input.criterionId ?? null,
        fileName: nfc(input.fileName.trim()),
        contentType: input.contentType,
        sizeBytes,
        sha256: sha256 ?? '',
        bytes: input.bytes ?? null,
        storageKey: input.storage?.key ?? null,
        uploadedBy: input.uploadedBy,
      })
      .returning({ id: evidenceFiles.id }),
  );
  return (rows[0] as { id: string }).id;
}
