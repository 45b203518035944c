/**
 * The deadline timer loop (updatable-timer pattern): sleep until the next planned instant OR until a
 * deadline moves / the phase changes, whichever comes first; then fire what is due and re-plan.
 * One Temporal timer is pending at a time, whatever the number of units.
 */

import { condition } from '@temporalio/workflow';
import type { NotificationSpec } from '@thidua/activities/contract';
import type { CycleContext } from './context';
import { BLOC_SUBJECT, dueActions, nextWakeMs, type TimerAction } from './deadlines';
import { notice, toBloc, toProvince, unitNotices } from './notify';

async function fire(ctx: CycleContext, action: TimerAction): Promise<void> {
  const s = ctx.state;
  if (action.type === 'committeeOverdue') {
    s.committee.overdue = true;
    ctx.bump();
    ctx.syncSearchAttributes();
    const key = `committee:${s.committee.dueAt}`;
    const payload = { dueAt: s.committee.dueAt, workingDays: s.committee.workingDays };
    await ctx.record({
      step: 'timer.committeeOverdue',
      key,
      audit: { action: 'committee.overdue', entity: 'cycle', entityId: s.cycleId, after: payload },
      notifications: [
        notice(s, toProvince(s, 'secretariat'), 'committee.overdue', key, payload),
        notice(s, toProvince(s, 'committeeReviewer'), 'committee.overdue', key, payload),
        notice(s, toBloc(s), 'committee.overdue', key, payload),
      ],
    });
    return;
  }

  const { subject } = action;
  const due = new Date(subject.dueMs).toISOString();
  const unit =
    subject.subjectId === BLOC_SUBJECT ? undefined : s.units.find((u) => u.id === subject.subjectId);

  if (action.type === 'remind') {
    s.remindersSent.push(action.key);
    ctx.bump();
    const payload = { deadline: subject.kind, due, offsetMs: action.offsetMs };
    const notifications: NotificationSpec[] = unit
      ? unitNotices(s, unit.id, 'deadline.reminder', action.key, payload)
      : [notice(s, toBloc(s), 'deadline.reminder', action.key, payload)];
    await ctx.record({ step: 'timer.reminder', key: action.key, units: unit ? [unit] : [], notifications });
    return;
  }

  // Overdue: mark it, tell the late party, escalate one level up.
  const key = `${subject.kind}:${subject.subjectId}:${subject.dueMs}`;
  if (unit) unit.overdue[subject.kind] = true;
  else s.dossier.overdue = true;
  ctx.bump();
  ctx.syncSearchAttributes();
  const payload = { deadline: subject.kind, due, unitId: unit?.id };
  const notifications: NotificationSpec[] = unit
    ? [
        ...unitNotices(s, unit.id, 'deadline.overdue', key, payload),
        notice(s, toBloc(s), 'deadline.escalation', key, payload),
      ]
    : [
        notice(s, toBloc(s), 'deadline.overdue', key, payload),
        notice(s, toProvince(s), 'deadline.escalation', key, payload),
      ];
  await ctx.record({
    step: 'timer.overdue',
    key,
    audit: {
      action: 'deadline.overdue',
      entity: unit ? 'unit' : 'cycle',
      entityId: unit?.id ?? s.cycleId,
      after: payload,
    },
    units: unit ? [unit] : [],
    notifications,
  });
}

export async function runTimers(ctx: CycleContext): Promise<void> {
  const s = ctx.state;
  // A back-filled year's deadlines passed long ago: its lateness is read from when each step took
  // place, and nobody is reminded or marked late today.
  if (s.input.backfill) return;
  while (s.phase !== 'closed' && !ctx.handingOver) {
    const now = Date.now();
    const actions = dueActions(s, now);
    if (actions.length > 0) {
      await Promise.all(actions.map((a) => fire(ctx, a)));
      continue;
    }
    const version = s.deadlineVersion;
    const replan = () => s.deadlineVersion !== version || s.phase === 'closed' || ctx.handingOver;
    const wake = nextWakeMs(s, now);
    if (wake === undefined) await condition(replan);
    else await condition(replan, Math.max(1, wake - now));
  }
}
