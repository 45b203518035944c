/** Table writes of the conference, dossier, committee and decision steps. */
import { schema, type Tx } from '@thidua/db';
import { normalizeStrings } from '@thidua/domain';
import { and, eq, ne, sql } from 'drizzle-orm';
import type { Effect, StepRecord } from './contract';
import { knownUser } from './users';

export type AwardEffect = Exclude<Effect, import('./effects-assessment').AssessmentEffect>;

async function dossierId(tx: Tx, cycleId: string): Promise<string> {
  const [row] = await tx
    .insert(schema.dossiers)
    .values({ cycleId })
    .onConflictDoUpdate({ target: schema.dossiers.cycleId, set: { updatedAt: sql`now()` } })
    .returning({ id: schema.dossiers.id });
  return (row as { id: string }).id;
}

export async function applyAwardEffect(tx: Tx, rec: StepRecord, effect: AwardEffect): Promise<void> {
  const cycleId = rec.cycleId;
  const at = new Date(rec.at);
  switch (effect.kind) {
    case 'attendanceRecorded': {
      const session = effect.session;
      const sessionColumns = {
        heldOn: effect.heldOn,
        startTime: session?.startTime ?? null,
        venue: session?.venue ?? null,
        chairUnitId: session?.chair.unitId ?? null,
        secretaryUnitId: session?.secretary.unitId ?? null,
        people: session
          ? {
              chair: session.chair,
              secretary: session.secretary,
              countingBoard: session.countingBoard,
              guests: session.guests,
            }
          : null,
      };
      await tx
        .insert(schema.conferenceSessions)
        .values({
          id: effect.sessionId,
          cycleId,
          sessionNumber: 1,
          ...sessionColumns,
          status: 'open',
          openedAt: at,
        })
        .onConflictDoUpdate({
          target: schema.conferenceSessions.id,
          set: { ...sessionColumns, status: 'open' },
        });
      const rows = [
        ...effect.present.map((unitId) => ({ unitId, mode: 'present' as const })),
        ...effect.writtenOpinion.map((unitId) => ({ unitId, mode: 'writtenOpinion' as const })),
        ...effect.absent.map((unitId) => ({ unitId, mode: 'absent' as const })),
      ];
      for (const r of rows) {
        await tx
          .insert(schema.attendance)
          .values({ sessionId: effect.sessionId, ...r })
          .onConflictDoUpdate({
            target: [schema.attendance.sessionId, schema.attendance.unitId],
            set: { mode: r.mode },
          });
      }
      return;
    }
    case 'roundOpened':
      await tx
        .insert(schema.voteRounds)
        .values({
          id: effect.roundId,
          sessionId: effect.sessionId,
          voteKind: effect.voteKind,
          roundNumber: effect.roundNumber,
          parentRoundId: effect.roundNumber === 1 ? null : (effect.parentRoundId ?? null),
          rule: normalizeStrings(effect.rule),
          seats: effect.seats,
          maxChoices: effect.maxChoices,
          candidates: normalizeStrings(effect.candidates),
          ballotsIssued: effect.ballotsIssued,
          openedAt: at,
        })
        .onConflictDoNothing();
      return;
    case 'resultsConfirmed':
      if (effect.nominations.length > 0) {
        await tx
          .insert(schema.nominations)
          .values(
            effect.nominations.map((n) => ({
              id: n.id,
              cycleId,
              awardKind: n.award,
              unitId: n.unitId,
              roundId: n.roundId || null,
              votes: n.votes,
              percentage: n.percentage,
              createdAt: at,
            })),
          )
          .onConflictDoNothing();
      }
      await tx
        .update(schema.conferenceSessions)
        .set({ status: 'closed', closedAt: at })
        .where(
          and(eq(schema.conferenceSessions.cycleId, cycleId), ne(schema.conferenceSessions.status, 'closed')),
        );
      return;
    case 'proposalSubmitted': {
      const id = await dossierId(tx, cycleId);
      await tx
        .update(schema.dossiers)
        .set({
          status: 'received',
          proposalDocumentId: effect.proposalDocumentId ?? null,
          submittedAt: at,
          submittedBy: await knownUser(tx, effect.userId),
          receivedAt: at,
          dueDate: effect.dueDate,
          updatedAt: at,
        })
        .where(eq(schema.dossiers.id, id));
      return;
    }
    case 'proposalReturned': {
      const id = await dossierId(tx, cycleId);
      const reason = normalizeStrings(effect.reason);
      await tx
        .update(schema.dossiers)
        .set({ status: 'returned', returnedAt: at, returnReason: reason, updatedAt: at })
        .where(eq(schema.dossiers.id, id));
      await tx.insert(schema.committeeReviews).values({
        dossierId: id,
        outcome: 'return',
        reason,
        reviewerUserId: await knownUser(tx, effect.userId),
        reviewedAt: at,
      });
      return;
    }
    case 'nominationCut': {
      const id = await dossierId(tx, cycleId);
      const reason = normalizeStrings(effect.reason);
      await tx
        .update(schema.nominations)
        .set({ status: 'cut', cutReason: reason })
        .where(eq(schema.nominations.id, effect.nominationId));
      await tx.insert(schema.committeeReviews).values({
        dossierId: id,
        nominationId: effect.nominationId,
        outcome: 'cut',
        reason,
        reviewerUserId: await knownUser(tx, effect.userId),
        reviewedAt: at,
      });
      return;
    }
    case 'proposalAccepted': {
      const id = await dossierId(tx, cycleId);
      await tx
        .update(schema.dossiers)
        .set({ status: 'reviewed', updatedAt: at })
        .where(eq(schema.dossiers.id, id));
      await tx
        .update(schema.nominations)
        .set({ status: 'accepted' })
        .where(and(eq(schema.nominations.cycleId, cycleId), ne(schema.nominations.status, 'cut')));
      await tx.insert(schema.committeeReviews).values({
        dossierId: id,
        outcome: 'accept',
        reviewerUserId: await knownUser(tx, effect.userId),
        reviewedAt: at,
      });
      return;
    }
    case 'decisionRecorded': {
      const id = await dossierId(tx, cycleId);
      const [cycle] = await tx
        .select({ provinceId: schema.blocs.provinceId })
        .from(schema.cycles)
        .innerJoin(schema.blocs, eq(schema.blocs.id, schema.cycles.blocId))
        .where(eq(schema.cycles.id, cycleId));
      await tx.insert(schema.decisions).values({
        provinceId: (cycle as { provinceId: string }).provinceId,
        dossierId: id,
        number: normalizeStrings(effect.number),
        year: Number(effect.decisionDate.slice(0, 4)),
        decisionDate: effect.decisionDate,
        signerName: normalizeStrings(effect.signerName),
        signerTitle: normalizeStrings(effect.signerTitle),
        awards: effect.awards.map((a) => ({ unitId: a.unitId, awardKind: a.award, cycleId })),
        recordedBy: await knownUser(tx, effect.userId),
        recordedAt: at,
      });
      await tx
        .update(schema.dossiers)
        .set({ status: 'decided', updatedAt: at })
        .where(eq(schema.dossiers.id, id));
      return;
    }
    case 'cycleClosed':
      return;
  }
}
