import { Anchor, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { fileRoutes } from '../../api/file-routes';
import { useAction } from '../../api/use-action';
import { useApi } from '../../api/use-api';
import { ConfirmButton } from '../../components/confirm-button';
import { t } from '../../i18n';
import { formatDate } from '../../lib/format';
import type { CycleDetail } from '../cycle/contract';
import type { ConferenceView } from './contract';
import { ListSection } from './list-section';
import { ChoiceField, DayField, GroundsFields, sendStepFile } from './step-file';

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
    <ListSection
      title={t.conference.withdrawalsTitle}
      empty={view.withdrawals.length === 0}
      list={
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
              {w.letter && (
                <>
                  {' · '}
                  <Anchor href={fileRoutes.stepFile(w.letter.fileId)} target="_blank" rel="noopener">
                    {t.conference.letterFile(w.letter.fileName)}
                  </Anchor>
                </>
              )}
            </List.Item>
          ))}
        </List>
      }
      form={unitId && <WithdrawForm cycleId={cycle.id} unitId={unitId} view={view} />}
    />
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
  const [letter, setLetter] = useState<File | null>(null);
  if (open.length === 0) return null;
  const label = (k: AwardKind) => t.conference.voteKinds[k] ?? k;
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t.conference.withdrawLead}
      </Text>
      <ChoiceField
        label={t.conference.withdrawAward}
        options={open.map((k) => ({ value: k, label: label(k) }))}
        value={voteKind ?? ''}
        onChange={(v) => setVoteKind(awards.find((k) => k === v) ?? null)}
      />
      <GroundsFields
        reason={{ label: t.conference.withdrawReason, value: reason, onChange: setReason }}
        reference={{
          label: t.conference.withdrawLetterNumber,
          value: letterNumber,
          onChange: setLetterNumber,
        }}
        file={{ label: t.conference.withdrawLetterFile, value: letter, onChange: setLetter }}
      >
        <DayField label={t.conference.withdrawLetterDate} value={letterDate} onChange={setLetterDate} />
      </GroundsFields>
      <ConfirmButton
        label={t.conference.withdraw}
        variant="light"
        color="orange"
        message={t.conference.withdrawConfirm(voteKind ? label(voteKind) : '')}
        disabled={!voteKind || !reason.trim() || !letterNumber.trim() || !letterDate.trim()}
        onConfirm={async () => {
          if (!voteKind) return;
          const letterFileId = await sendStepFile(fileRoutes.uploadLetter, { cycleId, unitId }, letter);
          await withdraw.mutateAsync({
            cycleId,
            unitId,
            voteKind,
            reason,
            letterNumber,
            letterDate,
            ...(letterFileId ? { letterFileId } : {}),
          });
        }}
      />
    </Stack>
  );
}
