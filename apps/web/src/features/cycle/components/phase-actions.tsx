import { Button, Paper, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useAction } from '../../../api/use-action';
import { useApi } from '../../../api/use-api';
import { ownUnitId, useMe } from '../../../auth/session';
import { ErrorAlert } from '../../../components/error-alert';
import { t } from '../../../i18n';
import { type CycleDetail, can } from '../contract';
import { type CalendarDates, CalendarFields, deadlineKinds, endOfDayVn } from './calendar-fields';
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
  const [dates, setDates] = useState<CalendarDates>({
    registration: cycle.calendar.registrationDue,
    selfAssessment: cycle.calendar.selfAssessmentDue,
    reviewResponse: cycle.calendar.reviewDue,
    dossier: cycle.calendar.dossierDue,
  });
  const start = useAction(api.cycles.start.mutationOptions(), t.cycle.actions.started);
  const calendar = Object.fromEntries(deadlineKinds.map((k) => [k, endOfDayVn(dates[k])])) as CalendarDates;
  return (
    <Paper withBorder p="md">
      <Stack>
        <Text fw={600} component="h2" size="md">
          {t.cycle.actions.start}
        </Text>
        <Text size="sm">{t.cycle.actions.startLead}</Text>
        <CalendarFields value={dates} onChange={setDates} />
        <ErrorAlert error={start.error} />
        <Button
          w="fit-content"
          loading={start.isPending}
          disabled={deadlineKinds.some((k) => !dates[k])}
          onClick={() => start.mutate({ blocId: cycle.blocId, year: cycle.year, calendar })}
        >
          {t.cycle.actions.start}
        </Button>
      </Stack>
    </Paper>
  );
}

function AdoptPlan({ cycle }: { cycle: CycleDetail }) {
  const api = useApi();
  const [title, setTitle] = useState(`Kế hoạch thi đua năm ${cycle.year}`);
  const adopt = useAction(api.cycles.adoptPlan.mutationOptions(), t.cycle.actions.done);
  return (
    <Paper withBorder p="md">
      <Stack>
        <TextInput
          label={t.cycle.actions.planTitle}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
        />
        <ErrorAlert error={adopt.error} />
        <Button
          w="fit-content"
          loading={adopt.isPending}
          onClick={() => adopt.mutate({ cycleId: cycle.id, planTitle: title })}
        >
          {t.cycle.actions.adoptPlan}
        </Button>
      </Stack>
    </Paper>
  );
}

function Advance({ cycle, from }: { cycle: CycleDetail; from: 'registration' | 'selfAssessment' }) {
  const api = useApi();
  const [reason, setReason] = useState('');
  const advance = useAction(api.cycles.advancePhase.mutationOptions(), t.cycle.actions.done);
  return (
    <Paper withBorder p="md">
      <Stack>
        <Text size="sm">{t.cycle.actions.advanceReason}</Text>
        <Textarea
          label={t.common.reason}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          autosize
          minRows={2}
        />
        <ErrorAlert error={advance.error} />
        <Button
          w="fit-content"
          variant="light"
          loading={advance.isPending}
          disabled={!reason.trim()}
          onClick={() => advance.mutate({ cycleId: cycle.id, from, reason })}
        >
          {t.cycle.actions.advance}
        </Button>
      </Stack>
    </Paper>
  );
}
