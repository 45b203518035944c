/** Table writes of the setup, registration, self-assessment and review steps. */
import { schema, type Tx } from '@thidua/db';
import { normalizeStrings, type ScoreSheet } from '@thidua/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { Effect, StepRecord } from './contract';
import { knownUser } from './users';

export type AssessmentEffect = Extract<
  Effect,
  {
    kind:
      | 'planAdopted'
      | 'pactSigned'
      | 'targetsRegistered'
      | 'selfAssessmentSignedOff'
      | 'selfAssessmentSubmitted'
      | 'selfAssessmentReturned'
      | 'reviewScoresSet'
      | 'reviewResponded'
      | 'scoresLocked';
  }
>;

async function selfAssessmentId(tx: Tx, cycleId: string, unitId: string): Promise<string | undefined> {
  const [row] = await tx
    .select({ id: schema.selfAssessments.id })
    .from(schema.selfAssessments)
    .where(and(eq(schema.selfAssessments.cycleId, cycleId), eq(schema.selfAssessments.unitId, unitId)))
    .for('update');
  return row?.id;
}

/** Replaces the stored sheet (self and reviewed sides) with the workflow's. */
async function writeSheet(tx: Tx, id: string, input: ScoreSheet): Promise<void> {
  const sheet = normalizeStrings(input);
  await tx.delete(schema.assessmentScores).where(eq(schema.assessmentScores.selfAssessmentId, id));
  await tx.delete(schema.assessmentAdjustments).where(eq(schema.assessmentAdjustments.selfAssessmentId, id));
  if (sheet.criteria.length > 0) {
    await tx.insert(schema.assessmentScores).values(
      sheet.criteria.map((c) => ({
        selfAssessmentId: id,
        criterionId: c.criterionId,
        selfScore: c.selfScore,
        reviewedScore: c.reviewedScore ?? null,
        reasonForChange: c.reviewReason || null,
        selfNote: c.selfNote ?? null,
      })),
    );
  }
  const adjustments = [
    ...(sheet.bonuses ?? []).map((b) => ({
      selfAssessmentId: id,
      kind: 'bonus' as const,
      itemId: b.itemId,
      selfValue: b.selfPoints,
      reviewedValue: b.reviewedPoints ?? null,
      reasonForChange: b.reviewReason || null,
    })),
    ...(sheet.penalties ?? []).map((p) => ({
      selfAssessmentId: id,
      kind: 'penalty' as const,
      itemId: p.itemId,
      selfValue: p.selfCount,
      reviewedValue: p.reviewedCount ?? null,
      reasonForChange: p.reviewReason || null,
    })),
  ];
  if (adjustments.length > 0) await tx.insert(schema.assessmentAdjustments).values(adjustments);
}

async function ensureReview(tx: Tx, cycleId: string, unitId: string): Promise<void> {
  await tx.insert(schema.reviews).values({ cycleId, unitId }).onConflictDoNothing();
}

export async function applyAssessmentEffect(
  tx: Tx,
  rec: StepRecord,
  effect: AssessmentEffect,
): Promise<void> {
  const cycleId = rec.cycleId;
  const at = new Date(rec.at);
  switch (effect.kind) {
    case 'planAdopted': {
      const [cycle] = await tx.select().from(schema.cycles).where(eq(schema.cycles.id, cycleId));
      const [rules] = await tx
        .select({ id: schema.ruleSets.id })
        .from(schema.ruleSets)
        .where(eq(schema.ruleSets.id, effect.ruleSetId));
      if (!rules) {
        // A rule set adopted for the year but not yet stored becomes version 1 of its own row.
        const body = normalizeStrings(effect.ruleSet);
        await tx
          .insert(schema.ruleSets)
          .values({ id: body.id, provinceId: body.provinceId, year: body.year, version: 1, body });
        await tx.insert(schema.ruleSetVersions).values({ ruleSetId: body.id, version: 1, body });
      }
      await tx
        .update(schema.cycles)
        .set({ ruleSetId: effect.ruleSetId })
        .where(eq(schema.cycles.id, cycleId));
      const template = normalizeStrings(effect.template);
      const [current] = await tx
        .select({ id: schema.scoringTemplates.id })
        .from(schema.scoringTemplates)
        .where(eq(schema.scoringTemplates.cycleId, cycleId));
      if (current) {
        await tx
          .update(schema.scoringTemplates)
          .set({
            body: template,
            version: sql`${schema.scoringTemplates.version} + 1`,
            lockedAt: at,
            editedAt: at,
          })
          .where(eq(schema.scoringTemplates.cycleId, cycleId));
      } else {
        await tx
          .insert(schema.scoringTemplates)
          .values({ id: template.id, cycleId, body: template, lockedAt: at });
      }
      await tx
        .insert(schema.pacts)
        .values({
          cycleId,
          title: normalizeStrings(`Giao ước thi đua năm ${cycle?.year ?? ''} - ${effect.planTitle}`),
        })
        .onConflictDoNothing();
      return;
    }
    case 'pactSigned': {
      const [pact] = await tx
        .select({ id: schema.pacts.id })
        .from(schema.pacts)
        .where(eq(schema.pacts.cycleId, cycleId));
      if (!pact) return;
      await tx
        .insert(schema.pactSignatures)
        .values({
          pactId: pact.id,
          unitId: effect.unitId,
          signedBy: await knownUser(tx, effect.userId),
          signerName: effect.signerName ? normalizeStrings(effect.signerName) : null,
          signedAt: at,
        })
        .onConflictDoNothing();
      return;
    }
    case 'targetsRegistered': {
      const values = {
        cycleId,
        unitId: effect.unitId,
        targets: normalizeStrings(effect.targets),
        aims: effect.aims,
        submittedAt: at,
        submittedBy: await knownUser(tx, effect.userId),
        updatedAt: at,
      };
      await tx
        .insert(schema.registrations)
        .values(values)
        .onConflictDoUpdate({
          target: [schema.registrations.cycleId, schema.registrations.unitId],
          set: {
            targets: values.targets,
            aims: values.aims,
            submittedAt: at,
            submittedBy: values.submittedBy,
            updatedAt: at,
          },
        });
      return;
    }
    case 'selfAssessmentSignedOff': {
      // The database reads "signedOff" as the final sheet (handed in and signed); the workflow's
      // later "submitted" step is in cycle_unit_status.
      let id = await selfAssessmentId(tx, cycleId, effect.unitId);
      const signedOffBy = await knownUser(tx, effect.userId);
      const fields = {
        status: 'signedOff' as const,
        submittedAt: at,
        signedOffAt: at,
        signedOffBy,
        updatedAt: at,
      };
      if (id) {
        await tx
          .update(schema.selfAssessments)
          .set({ ...fields, version: sql`${schema.selfAssessments.version} + 1` })
          .where(eq(schema.selfAssessments.id, id));
      } else {
        const [row] = await tx
          .insert(schema.selfAssessments)
          .values({ cycleId, unitId: effect.unitId, ...fields })
          .returning({ id: schema.selfAssessments.id });
        id = (row as { id: string }).id;
      }
      await writeSheet(tx, id, effect.sheet);
      return;
    }
    case 'selfAssessmentSubmitted':
      await tx
        .update(schema.selfAssessments)
        .set({ late: effect.late, lateReports: effect.lateReports, updatedAt: at })
        .where(
          and(eq(schema.selfAssessments.cycleId, cycleId), eq(schema.selfAssessments.unitId, effect.unitId)),
        );
      return;
    case 'selfAssessmentReturned':
      await tx
        .update(schema.selfAssessments)
        .set({
          status: 'returned',
          returnedAt: at,
          returnReason: normalizeStrings(effect.reason),
          updatedAt: at,
        })
        .where(
          and(eq(schema.selfAssessments.cycleId, cycleId), eq(schema.selfAssessments.unitId, effect.unitId)),
        );
      return;
    case 'reviewScoresSet': {
      const id = await selfAssessmentId(tx, cycleId, effect.unitId);
      if (id) {
        await writeSheet(tx, id, effect.sheet);
        await tx
          .update(schema.selfAssessments)
          .set({ disqualifierIds: effect.sheet.disqualifierIds ?? [], updatedAt: at })
          .where(eq(schema.selfAssessments.id, id));
      }
      const reviewer = await knownUser(tx, effect.userId);
      await tx
        .insert(schema.reviews)
        .values({ cycleId, unitId: effect.unitId, reviewedBy: reviewer, reviewedAt: at })
        .onConflictDoUpdate({
          target: [schema.reviews.cycleId, schema.reviews.unitId],
          set: { reviewedBy: reviewer, reviewedAt: at },
        });
      if (effect.comment?.trim() && reviewer) {
        await tx.insert(schema.reviewComments).values({
          cycleId,
          unitId: effect.unitId,
          authorUserId: reviewer,
          body: normalizeStrings(effect.comment.trim()),
          createdAt: at,
        });
      }
      return;
    }
    case 'reviewResponded': {
      await ensureReview(tx, cycleId, effect.unitId);
      const by = await knownUser(tx, effect.userId);
      if (!by) throw new Error(`review response by an unknown user ${effect.userId}`);
      await tx
        .insert(schema.reviewResponses)
        .values({
          cycleId,
          unitId: effect.unitId,
          body: normalizeStrings(effect.body),
          respondedBy: by,
          respondedAt: at,
        })
        .onConflictDoNothing();
      return;
    }
    case 'scoresLocked':
      for (const unitId of effect.unitIds) {
        await tx
          .insert(schema.reviews)
          .values({ cycleId, unitId, status: 'locked', lockedAt: at, lockDate: rec.at.slice(0, 10) })
          .onConflictDoUpdate({
            target: [schema.reviews.cycleId, schema.reviews.unitId],
            set: { status: 'locked', lockedAt: at, lockDate: rec.at.slice(0, 10) },
          });
      }
      return;
  }
}
