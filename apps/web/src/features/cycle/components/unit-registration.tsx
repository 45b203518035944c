import { Alert, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useAction } from '../../../api/use-action';
import { useApi } from '../../../api/use-api';
import { StepCard } from '../../../components/panel';
import { t } from '../../../i18n';
import type { CycleDetail, UnitProgress } from '../contract';

/** The unit head signs the bloc's pact (giao ước); the year moves on once every unit has. */
export function SignPact({ cycle, unit }: { cycle: CycleDetail; unit: UnitProgress }) {
  const api = useApi();
  const sign = useAction(api.registration.signPact.mutationOptions(), t.cycle.actions.pactSigned);
  if (unit.steps.pact?.state === 'done') return <Alert color="teal">{t.cycle.actions.pactSigned}</Alert>;
  return (
    <StepCard
      submitLabel={t.cycle.actions.signPact}
      mutation={sign}
      onSubmit={() => sign.mutate({ cycleId: cycle.id, unitId: unit.unitId })}
    >
      <Text size="sm">{t.cycle.actions.signPactLead(unit.name)}</Text>
    </StepCard>
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
    <StepCard
      submitLabel={t.cycle.actions.register}
      mutation={register}
      disabled={lines.length === 0}
      onSubmit={() =>
        register.mutate({
          cycleId: cycle.id,
          unitId: unit.unitId,
          targets: lines.map((title) => ({ title })),
        })
      }
    >
      <Textarea
        label={t.cycle.actions.registerTargets}
        placeholder={t.cycle.actions.targetPlaceholder}
        autosize
        minRows={3}
        value={targets}
        onChange={(e) => setTargets(e.currentTarget.value)}
      />
    </StepCard>
  );
}
