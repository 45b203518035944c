import type { Db } from '@thidua/db';
import {
  attendance,
  ballotReceipts,
  conferenceSessions,
  cycles,
  cycleUnitStatus,
  pacts,
  selfAssessments,
  voteRounds,
} from '@thidua/db/schema';
import { and, eq, inArray } from 'drizzle-orm';
import type { AllowedGrant } from '../../authz/access';
import { type Task, taskAdder } from './task';

const dueOf = (deadlines: Record<string, { due: string; extendedTo?: string | undefined }>, key: string) =>
  deadlines[key]?.extendedTo ?? deadlines[key]?.due ?? null;

/** What a unit's officer or head must do in each open cycle of the unit's bloc. */
export async function unitTasks(db: Db, grant: AllowedGrant, now: Date): Promise<Task[]> {
  if (!grant.unitId) return [];
  const unitId = grant.unitId;
  const head = grant.role === 'unitHead';
  const rows = await db
    .select({ cycle: cycles, status: cycleUnitStatus, sheet: selfAssessments.status, pactId: pacts.id })
    .from(cycleUnitStatus)
    .innerJoin(cycles, eq(cycles.id, cycleUnitStatus.cycleId))
    .leftJoin(
      selfAssessments,
      and(eq(selfAssessments.cycleId, cycles.id), eq(selfAssessments.unitId, unitId)),
    )
    .leftJoin(pacts, eq(pacts.cycleId, cycles.id))
    .where(and(eq(cycleUnitStatus.unitId, unitId), eq(cycles.status, 'open')));
  const tasks: Task[] = [];
  for (const { cycle, status, sheet, pactId } of rows) {
    const add = taskAdder(tasks, { cycleId: cycle.id, unitId }, now);
    const state = (step: string) => status.steps[step]?.state ?? 'notStarted';
    switch (cycle.phase) {
      case 'setup':
        if (pactId && state('pact') !== 'done') add.step('signPact', cycle.calendar.pactSigningDate);
        break;
      case 'registration':
        if (state('registration') !== 'done') {
          add.step('registerTargets', dueOf(status.deadlines, 'registration'));
        }
        break;
      case 'selfAssessment':
      case 'review': {
        const due = dueOf(status.deadlines, 'selfAssessment');
        if (state('selfAssessment') === 'submitted') {
          if (state('reviewResponse') === 'inProgress') {
            add.step('respondToReview', dueOf(status.deadlines, 'reviewResponse'));
          }
        } else if (sheet === 'signedOff') {
          add.step('submitSelfAssessment', due);
        } else if (head && sheet && sheet !== 'returned') {
          add.step('signOffSelfAssessment', due);
        } else {
          add.step('saveDraft', due, sheet === 'returned' ? { note: 'bản bị trả lại, cần chỉnh sửa' } : {});
        }
        break;
      }
      case 'conference':
        tasks.push(...(await ballotTasks(db, cycle.id, unitId, now)));
        break;
    }
  }
  return tasks;
}

/** Open rounds in which the unit is present and has not voted yet. */
async function ballotTasks(db: Db, cycleId: string, unitId: string, now: Date): Promise<Task[]> {
  const open = await db
    .select({ roundId: voteRounds.id, voteKind: voteRounds.voteKind })
    .from(voteRounds)
    .innerJoin(conferenceSessions, eq(conferenceSessions.id, voteRounds.sessionId))
    .innerJoin(
      attendance,
      and(eq(attendance.sessionId, conferenceSessions.id), eq(attendance.unitId, unitId)),
    )
    .where(
      and(
        eq(conferenceSessions.cycleId, cycleId),
        eq(voteRounds.status, 'open'),
        eq(attendance.mode, 'present'),
      ),
    );
  if (open.length === 0) return [];
  const voted = await db
    .select({ roundId: ballotReceipts.roundId })
    .from(ballotReceipts)
    .where(
      and(
        eq(ballotReceipts.unitId, unitId),
        inArray(
          ballotReceipts.roundId,
          open.map((r) => r.roundId),
        ),
      ),
    );
  const tasks: Task[] = [];
  const add = taskAdder(tasks, { cycleId, unitId }, now);
  for (const { roundId } of open) {
    if (!voted.some((v) => v.roundId === roundId)) add.step('castBallot', null, { roundId });
  }
  return tasks;
}
