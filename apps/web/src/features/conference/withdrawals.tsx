import { List, Paper, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useAction } from '../../api/use-action';
import { useApi } from '../../api/use-api';
import { ConfirmButton } from '../../components/confirm-button';
import { DateField } from '../../components/date-field';
import { t } from '../../i18n';
import { formatDate } from '../../lib/format';
import type { CycleDetail } from '../cycle/contract';
import type { ConferenceView } from './contract';

type AwardKind = ConferenceView['withdrawals'][number]['voteKind'];
const awards: AwardKind[] = ['provincialFlag', 'certificateOfMerit'];

/**
 * The units withdrawn from an award's candidates, and — for a unit head whose year offers the step —
 * the form to withdraw the own unit before that vote opens, with the unit's letter.
 */
export function Withdrawals({
  cycle,
  view,
  unitId,
}: {
  cycle: CycleDetail;
  view: ConferenceView;
  /** The own unit, when the viewer may withdraw it (allowedActions lists the step). */
  unitId?: string | undefined;
}) {
  if (view.withdrawals.length === 0 && !unitId) return null;
  return (
    <Paper withBorder p="md" component="section" aria-label={t.conference.withdrawalsTitle}>
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t.conference.withdrawalsTitle}
        </Title>
        {view.withdrawals.length === 0 ? (
          <Text size="sm">{t.common.emptyList}</Text>
        ) : (
          <List size="sm">
            {view.withdrawals.map((w) => (
              <List.Item key={`${w.voteKind}:${w.unitId}`}>
                {t.conference.withdrawalLine(
                  w.name,
                  t.conference.voteKinds[w.voteKind] ?? w.voteKind,
                  w.letterNumber,
                  formatDate(w.letterDate),
                  w.reason,
                )}
              </List.Item>
            ))}
          </List>
        )}
        {unitId && <WithdrawForm cycleId={cycle.id} unitId={unitId} view={view} />}
      </Stack>
    </Paper>
  );
}

function WithdrawForm({ cycleId, unitId, view }: { cycleId: string; unitId: string; view: ConferenceView }) {
  const api = useApi();
  const withdraw = useAction(api.conference.withdrawCandidacy.mutationOptions(), t.conference.withdrawn);
  // Only before the award's vote opens.
  const open = awards.filter((k) => !view.rounds.some((r) => r.voteKind === k));
  const [voteKind, setVoteKind] = useState<AwardKind | null>(null);
  const [reason, setReason] = useState('');
  const [letterNumber, setLetterNumber] = useState('');
  const [letterDate, setLetterDate] = useState('');
  if (open.length === 0) return null;
  const label = (k: AwardKind) => t.conference.voteKinds[k] ?? k;
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t.conference.withdrawLead}
      </Text>
      <Select
        label={t.conference.withdrawAward}
        data={open.map((k) => ({ value: k, label: label(k) }))}
        value={voteKind}
        onChange={(v) => setVoteKind(v as AwardKind | null)}
        required
      />
      <Textarea
        label={t.conference.withdrawReason}
        autosize
        minRows={2}
        required
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
      />
      <TextInput
        label={t.conference.withdrawLetterNumber}
        required
        value={letterNumber}
        onChange={(e) => setLetterNumber(e.currentTarget.value)}
      />
      <DateField
        label={t.conference.withdrawLetterDate}
        required
        value={letterDate}
        onChange={setLetterDate}
      />
      <ConfirmButton
        label={t.conference.withdraw}
        variant="light"
        color="orange"
        message={t.conference.withdrawConfirm(voteKind ? label(voteKind) : '')}
        disabled={!voteKind || !reason.trim() || !letterNumber.trim() || !letterDate.trim()}
        onConfirm={() =>
          voteKind
            ? withdraw.mutateAsync({ cycleId, unitId, voteKind, reason, letterNumber, letterDate })
            : Promise.resolve()
        }
      />
    </Stack>
  );
}
