import { Alert, Button, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useAction } from '../../api/use-action';
import { useApi } from '../../api/use-api';
import { ownUnitId, useMe } from '../../auth/session';
import { ConfirmButton } from '../../components/confirm-button';
import { QueryState } from '../../components/query-state';
import { t } from '../../i18n';
import { CycleFrame } from '../cycle/components/cycle-frame';
import { type CycleDetail, can } from '../cycle/contract';
import { useCycleId } from '../cycle/use-cycle';
import { AttendancePanel } from './attendance-panel';
import type { ConferenceView } from './contract';
import { EligibilityCases } from './eligibility-cases';
import { OpenRound } from './open-round';
import { RoundCard } from './round-card';
import { useConference } from './use-conference';
import { Withdrawals } from './withdrawals';

export function ConferencePage() {
  const cycleId = useCycleId();
  const conference = useConference(cycleId);
  return (
    <CycleFrame title={t.conference.title}>
      {(cycle) => (
        <QueryState query={conference}>{(view) => <Conference cycle={cycle} view={view} />}</QueryState>
      )}
    </CycleFrame>
  );
}

function Conference({ cycle, view }: { cycle: CycleDetail; view: ConferenceView }) {
  const me = useMe();
  const isChair = can(cycle, 'openRound');
  const voterUnitId = can(cycle, 'castBallot') ? ownUnitId(me) : undefined;
  const presentUnitIds = view.sessions.flatMap((s) =>
    s.attendance.filter((a) => a.mode === 'present').map((a) => a.unitId),
  );

  return (
    <Grid>
      <Grid.Col span={{ base: 12, lg: 5 }}>
        <AttendancePanel cycle={cycle} view={view} canRecord={can(cycle, 'recordAttendance')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 7 }}>
        <Stack>
          <Group justify="space-between">
            <Title order={2} size="h4">
              {t.conference.roundsTitle}
            </Title>
            {view.rounds.some((r) => r.status === 'closed') && (
              <Button
                component={Link}
                to={`/cycles/${cycle.id}/conference/results`}
                variant="subtle"
                size="compact-sm"
              >
                {t.conference.resultsLink}
              </Button>
            )}
          </Group>
          <EligibilityCases cycle={cycle} refreshOn={view} />
          <Withdrawals
            cycle={cycle}
            view={view}
            unitId={can(cycle, 'withdrawCandidacy') ? ownUnitId(me) : undefined}
          />
          {isChair && view.sessions.length > 0 && <OpenRound cycleId={cycle.id} view={view} />}
          {view.rounds.length === 0 && <Text size="sm">{t.common.emptyList}</Text>}
          {[...view.rounds].reverse().map((round) => (
            <RoundCard
              key={round.id}
              cycle={cycle}
              round={round}
              isChair={can(cycle, 'closeRound')}
              voterUnitId={voterUnitId}
              presentUnitIds={presentUnitIds}
              viewerUserId={me.userId}
            />
          ))}
          {can(cycle, 'confirmResults') && view.rounds.some((r) => r.status === 'closed') && (
            <ConfirmResults cycleId={cycle.id} warnings={view.rotationWarnings} />
          )}
        </Stack>
      </Grid.Col>
    </Grid>
  );
}

type RotationWarnings = ConferenceView['rotationWarnings'];

/** The rotation rule's warnings on next year's leaders, each with the rule and where it is written. */
function RotationAlert({ warnings }: { warnings: RotationWarnings }) {
  return (
    <Alert color="orange" title={t.conference.rotationTitle} role="alert">
      <Stack gap={4}>
        {warnings.map((w) => (
          <Text key={w.code} size="sm">
            {w.name ? `${w.name}: ${w.message}` : w.message}
          </Text>
        ))}
        {warnings[0]?.rule && (
          <Text size="xs" c="dimmed">
            {t.conference.rotationRule(warnings[0].rule.text, warnings[0].rule.citation)}
          </Text>
        )}
      </Stack>
    </Alert>
  );
}

/** Confirming the results; leaders elected against the rotation rule need the chair's reason. */
function ConfirmResults({ cycleId, warnings }: { cycleId: string; warnings: RotationWarnings }) {
  const api = useApi();
  const confirm = useAction(api.conference.confirmResults.mutationOptions(), t.conference.resultsConfirmed);
  const warned = warnings.length > 0;
  return (
    <Stack gap="xs">
      {warned && <RotationAlert warnings={warnings} />}
      <Group>
        <ConfirmButton
          label={t.conference.confirmResults}
          message={t.conference.confirmResultsConfirm}
          {...(warned ? { reason: { label: t.conference.rotationReason, minRows: 2 } } : {})}
          onConfirm={(reason) =>
            confirm.mutateAsync({ cycleId, ...(warned ? { rotationReason: reason } : {}) })
          }
        >
          {warned && <RotationAlert warnings={warnings} />}
        </ConfirmButton>
      </Group>
    </Stack>
  );
}
