import type { Db } from '@thidua/db';
import {
  conferenceSessions,
  cycles,
  cycleUnitStatus,
  dossiers,
  pacts,
  selfAssessments,
  voteRounds,
} from '@thidua/db/schema';
import { and, eq } from 'drizzle-orm';
import type { AllowedGrant } from '../../authz/access';
import { type Task, taskAdder } from './task';

/** What the bloc head or deputy must do in their bloc's open cycle(s). */
export async function blocTasks(db: Db, grant: AllowedGrant, now: Date): Promise<Task[]> {
  if (!grant.blocId) return [];
  const head = grant.role === 'blocHead';
  const open = await db
    .select()
    .from(cycles)
    .where(
      and(
        eq(cycles.blocId, grant.blocId),
        eq(cycles.status, 'open'),
        grant.year !== undefined ? eq(cycles.year, grant.year) : undefined,
      ),
    );
  const tasks: Task[] = [];
  for (const cycle of open) {
    const add = taskAdder(tasks, { cycleId: cycle.id }, now);
    // Unit statuses matter only while units have a step to take.
    const statuses = () => db.select().from(cycleUnitStatus).where(eq(cycleUnitStatus.cycleId, cycle.id));
    switch (cycle.phase) {
      case 'setup': {
        const [pact] = await db.select({ id: pacts.id }).from(pacts).where(eq(pacts.cycleId, cycle.id));
        if (!pact) add.step('adoptPlan', cycle.calendar.pactSigningDate);
        break;
      }
      case 'registration':
      case 'selfAssessment': {
        const step = cycle.phase;
        const pending = (await statuses()).filter(
          (s) => !['done', 'submitted'].includes(s.steps[step]?.state ?? 'notStarted'),
        );
        if (head && pending.length > 0) {
          const due =
            step === 'registration' ? cycle.calendar.registrationDue : cycle.calendar.selfAssessmentDue;
          add.followUp('followUpUnits', `Đôn đốc ${pending.length} đơn vị chưa hoàn thành`, due);
        }
        break;
      }
      case 'review': {
        const [unitStatuses, sheets] = await Promise.all([
          statuses(),
          db.select().from(selfAssessments).where(eq(selfAssessments.cycleId, cycle.id)),
        ]);
        for (const s of unitStatuses) {
          const sheet = sheets.find((x) => x.unitId === s.unitId);
          if (s.steps.selfAssessment?.state === 'submitted' && s.steps.review?.state !== 'done' && sheet) {
            add.step('reviewScores', cycle.calendar.reviewDue, { unitId: s.unitId });
          }
        }
        if (tasks.every((t) => t.cycleId !== cycle.id)) add.step('lockScores', cycle.calendar.reviewDue);
        break;
      }
      case 'conference': {
        const [session] = await db
          .select()
          .from(conferenceSessions)
          .where(eq(conferenceSessions.cycleId, cycle.id));
        const open = session
          ? await db
              .select()
              .from(voteRounds)
              .where(and(eq(voteRounds.sessionId, session.id), eq(voteRounds.status, 'open')))
          : [];
        const step = !session ? 'recordAttendance' : open.length > 0 ? 'closeRound' : 'openRound';
        add.step(step, cycle.calendar.conferenceDate);
        break;
      }
      case 'dossier': {
        const [dossier] = await db.select().from(dossiers).where(eq(dossiers.cycleId, cycle.id));
        if (dossier?.status !== 'received') add.step('submitProposal', cycle.calendar.dossierDue);
        break;
      }
    }
  }
  return tasks;
}
