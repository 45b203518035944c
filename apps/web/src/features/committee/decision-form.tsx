import { Checkbox, Paper, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { decisionDateIssue, decisionNumberOf, errorMessages, vietnamDate } from '@thidua/domain';
import { useState } from 'react';
import { useAction } from '../../api/use-action';
import { useApi } from '../../api/use-api';
import { ConfirmButton } from '../../components/confirm-button';
import { DateField } from '../../components/date-field';
import { t } from '../../i18n';
import { useFields } from '../../lib/use-fields';
import type { CycleDetail } from '../cycle/contract';
import type { Nomination } from '../dossier/contract';

/** The committee chair's decision as signed: number, date, signer, and the awards it grants. */
export function DecisionForm({ cycle, nominations }: { cycle: CycleDetail; nominations: Nomination[] }) {
  const api = useApi();
  const kept = nominations.filter((n) => n.status !== 'cut');
  const names = new Map(cycle.units.map((u) => [u.unitId, u.name]));
  const fields = useFields({
    number: '',
    date: vietnamDate(Date.now()),
    signerName: '',
    signerTitle: t.committee.signerTitleDefault,
  });
  const { number, date, signerName, signerTitle } = fields.values;
  const [chosen, setChosen] = useState<string[]>(kept.map((n) => n.id));
  const record = useAction(api.committee.recordDecision.mutationOptions(), t.committee.decisionRecorded);
  const awards = kept
    .filter((n) => chosen.includes(n.id))
    .map((n) => ({ unitId: n.unitId, award: n.awardKind }));
  // The same checks as the server's, so the form refuses what the server would (the date's lower
  // bound, the day the Tờ trình was submitted, is the workflow's to check).
  const numberError =
    number.trim() && !decisionNumberOf(number) ? errorMessages.INVALID_DECISION_NUMBER : null;
  const dateError = decisionDateIssue(date, { today: vietnamDate(Date.now()) })?.message ?? null;
  const ready =
    decisionNumberOf(number) !== undefined && !dateError && signerName.trim() && signerTitle.trim();

  return (
    <Paper withBorder p="md" component="section" aria-label={t.committee.decisionTitle}>
      <Stack>
        <Title order={2} size="h4">
          {t.committee.decisionTitle}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t.committee.decisionNumber}
            description={t.committee.decisionNumberHint}
            required
            error={numberError}
            {...fields.input('number')}
          />
          <DateField
            label={t.committee.decisionDate}
            required
            maxDate={vietnamDate(Date.now())}
            error={dateError}
            value={date}
            onChange={(day) => fields.set({ date: day })}
          />
          <TextInput label={t.committee.signerName} required {...fields.input('signerName')} />
          <TextInput label={t.committee.signerTitle} required {...fields.input('signerTitle')} />
        </SimpleGrid>
        <Checkbox.Group label={t.committee.awardsLabel} value={chosen} onChange={setChosen}>
          <Stack gap={4} mt={4}>
            {kept.map((n) => (
              <Checkbox
                key={n.id}
                value={n.id}
                label={`${names.get(n.unitId) ?? n.unitId} – ${t.dossier.awards[n.awardKind] ?? n.awardKind}`}
              />
            ))}
          </Stack>
        </Checkbox.Group>
        <ConfirmButton
          label={t.committee.recordDecision}
          message={t.committee.recordConfirm}
          disabled={!ready}
          w="fit-content"
          onConfirm={() =>
            record.mutateAsync({
              cycleId: cycle.id,
              number: decisionNumberOf(number) ?? number,
              decisionDate: date,
              signerName: signerName.trim(),
              signerTitle: signerTitle.trim(),
              awards,
            })
          }
        />
      </Stack>
    </Paper>
  );
}
