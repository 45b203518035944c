import { Alert, Button, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useAction } from '../../../api/use-action';
import { useApi } from '../../../api/use-api';
import { ErrorAlert } from '../../../components/error-alert';
import { t } from '../../../i18n';
import type { CycleDetail, UnitProgress } from '../contract';

/** The unit head signs the bloc's pact (giao ước); the year moves on once every unit has. */
export function SignPact({ cycle, unit }: { cycle: CycleDetail; unit: UnitProgress }) {
  const api = useApi();
  const sign = useAction(api.registration.signPact.mutationOptions(), t.cycle.actions.pactSigned);
  if (unit.steps.pact?.state === 'done') return <Alert color="teal">{t.cycle.actions.pactSigned}</Alert>;
  return (
    <Paper withBorder p="md">
      <Stack>
        <Text size="sm">{t.cycle.actions.signPactLead(unit.name)}</Text>
        <ErrorAlert error={sign.error} />
        <Button
          w="fit-content"
          loading={sign.isPending}
          onClick={() => sign.mutate({ cycleId: cycle.id, unitId: unit.unitId })}
        >
          {t.cycle.actions.signPact}
        </Button>
      </Stack>
    </Paper>
  );
}

/** The unit's emulation targets for the year, one per line. */
export function RegisterTargets({ cycle, unit }: { cycle: CycleDetail; unit: UnitProgress }) {
  const api = useApi();
  const [targets, setTargets] = useState('');
  const register = useAction(api.registration.registerTargets.mutationOptions(), t.cycle.actions.registered);
  const lines = targets
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  if (unit.steps.registration?.state === 'done')
    return <Alert color="teal">{t.cycle.actions.registered}</Alert>;
  return (
    <Paper withBorder p="md">
      <Stack>
        <Textarea
          label={t.cycle.actions.registerTargets}
          placeholder={t.cycle.actions.targetPlaceholder}
          autosize
          minRows={3}
          value={targets}
          onChange={(e) => setTargets(e.currentTarget.value)}
        />
        <ErrorAlert error={register.error} />
        <Button
          w="fit-content"
          loading={register.isPending}
          disabled={lines.length === 0}
          onClick={() =>
            register.mutate({
              cycleId: cycle.id,
              unitId: unit.unitId,
              targets: lines.map((title) => ({ title })),
            })
          }
        >
          {t.cycle.actions.register}
        </Button>
      </Stack>
    </Paper>
  );
}
