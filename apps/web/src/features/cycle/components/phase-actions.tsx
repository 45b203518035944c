import { Stack, Text, Textarea, TextInput } from '@mantine/core';
import { vietnamDate } from '@thidua/domain';
import { useState } from 'react';
import { useAction } from '../../../api/use-action';
import { useApi } from '../../../api/use-api';
import { ownUnitId, useMe } from '../../../auth/session';
import { StepCard } from '../../../components/panel';
import { t } from '../../../i18n';
import { type CycleDetail, can } from '../contract';
import { type CalendarDates, CalendarFields, deadlineKinds, endOfDayVn, vnDate } from './calendar-fields';
import { RegisterTargets, SignPact } from './unit-registration';

/**
 * The steps of the setup and registration phases, and the bloc head's "move on" with a reason: each
 * shown exactly when the server lists it in the year's `allowedActions` for this user.
 */
export function PhaseActions({ cycle }: { cycle: CycleDetail }) {
  const me = useMe();
  const unitId = ownUnitId(me);
  const member = unitId ? cycle.units.find((u) => u.unitId === unitId) : undefined;
  const parts = [
    can(cycle, 'startCycle') && <StartCycle key="start" cycle={cycle} />,
    can(cycle, 'adoptPlan') && <AdoptPlan key="plan" cycle={cycle} />,
    can(cycle, 'signPact') && member && <SignPact key="pact" cycle={cycle} unit={member} />,
    can(cycle, 'registerTargets') && member && <RegisterTargets key="reg" cycle={cycle} unit={member} />,
    can(cycle, 'advancePhase') && (cycle.phase === 'registration' || cycle.phase === 'selfAssessment') && (
      <Advance key="advance" cycle={cycle} from={cycle.phase} />
    ),
  ].filter(Boolean);
  if (parts.length === 0) return null;
  return <Stack>{parts}</Stack>;
}

function StartCycle({ cycle }: { cycle: CycleDetail }) {
  const api = useApi();
  // The planned dates are offered while still ahead; a past one (last year's plan) is left to choose.
  const ahead = (date: string | null | undefined) =>
    date && vnDate(date) >= vietnamDate(Date.now()) ? vnDate(date) : '';
  const [dates, setDates] = useState<CalendarDates>({
    registration: ahead(cycle.calendar.registrationDue),
    selfAssessment: ahead(cycle.calendar.selfAssessmentDue),
    reviewResponse: ahead(cycle.calendar.reviewDue),
    dossier: ahead(cycle.calendar.dossierDue),
  });
  const start = useAction(api.cycles.start.mutationOptions(), t.cycle.actions.started);
  const calendar = Object.fromEntries(deadlineKinds.map((k) => [k, endOfDayVn(dates[k])])) as CalendarDates;
  return (
    <StepCard
      title={t.cycle.actions.start}
      submitLabel={t.cycle.actions.start}
      mutation={start}
      disabled={deadlineKinds.some((k) => !dates[k])}
      onSubmit={() => start.mutate({ blocId: cycle.blocId, year: cycle.year, calendar })}
    >
      <Text size="sm">{t.cycle.actions.startLead}</Text>
      <CalendarFields value={dates} onChange={setDates} />
    </StepCard>
  );
}

function AdoptPlan({ cycle }: { cycle: CycleDetail }) {
  const api = useApi();
  const [title, setTitle] = useState(`Kế hoạch thi đua năm ${cycle.year}`);
  const adopt = useAction(api.cycles.adoptPlan.mutationOptions(), t.cycle.actions.done);
  return (
    <StepCard
      submitLabel={t.cycle.actions.adoptPlan}
      mutation={adopt}
      onSubmit={() => adopt.mutate({ cycleId: cycle.id, planTitle: title })}
    >
      <TextInput
        label={t.cycle.actions.planTitle}
        value={title}
        onChange={(e) => setTitle(e.currentTarget.value)}
      />
    </StepCard>
  );
}

function Advance({ cycle, from }: { cycle: CycleDetail; from: 'registration' | 'selfAssessment' }) {
  const api = useApi();
  const [reason, setReason] = useState('');
  const advance = useAction(api.cycles.advancePhase.mutationOptions(), t.cycle.actions.done);
  return (
    <StepCard
      submitLabel={t.cycle.actions.advance}
      mutation={advance}
      variant="light"
      disabled={!reason.trim()}
      onSubmit={() => advance.mutate({ cycleId: cycle.id, from, reason })}
    >
      <Text size="sm">{t.cycle.actions.advanceReason}</Text>
      <Textarea
        label={t.common.reason}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        autosize
        minRows={2}
      />
    </StepCard>
  );
}
