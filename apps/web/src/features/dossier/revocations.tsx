import { List, NativeSelect, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useAction } from '../../api/use-action';
import { useApi } from '../../api/use-api';
import { ConfirmButton } from '../../components/confirm-button';
import { t } from '../../i18n';
import { formatDate } from '../../lib/format';
import { type CycleDetail, can } from '../cycle/contract';
import type { DossierView } from './contract';

/**
 * Decided awards the bloc proposed to revoke on a case found later, and (for whoever may take the
 * step now) the form: the award, the case recorded against its unit, the reason.
 */
export function Revocations({ cycle, view }: { cycle: CycleDetail; view: DossierView }) {
  const mayPropose = can(cycle, 'proposeRevocation');
  if (view.revocations.length === 0 && !mayPropose) return null;
  const names = new Map(cycle.units.map((u) => [u.unitId, u.name]));
  return (
    <Paper withBorder p="md" component="section" aria-label={t.dossier.revocationsTitle}>
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t.dossier.revocationsTitle}
        </Title>
        {view.revocations.length === 0 ? (
          <Text size="sm">{t.common.emptyList}</Text>
        ) : (
          <List size="sm">
            {view.revocations.map((r) => (
              <List.Item key={`${r.awardKind}:${r.unitId}`}>
                {t.dossier.revocationLine(
                  names.get(r.unitId) ?? r.unitId,
                  t.dossier.awards[r.awardKind] ?? r.awardKind,
                  `${r.caseReason} (${r.caseRef})`,
                  r.reason,
                  formatDate(r.proposedAt),
                )}
              </List.Item>
            ))}
          </List>
        )}
        {mayPropose && <ProposeRevocation cycle={cycle} view={view} names={names} />}
      </Stack>
    </Paper>
  );
}

function ProposeRevocation({
  cycle,
  view,
  names,
}: {
  cycle: CycleDetail;
  view: DossierView;
  names: Map<string, string>;
}) {
  const api = useApi();
  const cases = useQuery(api.eligibility.list.queryOptions({ cycleId: cycle.id }));
  const propose = useAction(api.dossier.proposeRevocation.mutationOptions(), t.dossier.revocationProposed);
  const [awardKey, setAwardKey] = useState('');
  const [caseId, setCaseId] = useState('');
  const [reason, setReason] = useState('');
  const decided = view.nominations.filter((n) => n.status !== 'cut');
  const chosen = decided.find((n) => `${n.awardKind}:${n.unitId}` === awardKey);
  const openCases = (cases.data?.cases ?? []).filter((c) => c.unitId === chosen?.unitId && !c.clearedOn);
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t.dossier.revocationLead}
      </Text>
      <NativeSelect
        label={t.dossier.revocationAward}
        required
        value={awardKey}
        onChange={(e) => {
          setAwardKey(e.currentTarget.value);
          setCaseId('');
        }}
        data={[
          { value: '', label: t.dossier.chooseOne },
          ...decided.map((n) => ({
            value: `${n.awardKind}:${n.unitId}`,
            label: `${names.get(n.unitId) ?? n.unitId}: ${t.dossier.awards[n.awardKind] ?? n.awardKind}`,
          })),
        ]}
      />
      <NativeSelect
        label={t.dossier.revocationCase}
        description={chosen && openCases.length === 0 ? t.dossier.revocationNoCase : undefined}
        required
        value={caseId}
        onChange={(e) => setCaseId(e.currentTarget.value)}
        data={[
          { value: '', label: t.dossier.chooseOne },
          ...openCases.map((c) => ({ value: c.caseId, label: `${c.kind}: ${c.reason}` })),
        ]}
      />
      <Textarea
        label={t.dossier.revocationReason}
        autosize
        minRows={2}
        required
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
      />
      <ConfirmButton
        label={t.dossier.proposeRevocation}
        variant="light"
        color="red"
        message={t.dossier.proposeRevocationConfirm}
        disabled={!chosen || !caseId || !reason.trim()}
        onConfirm={async () => {
          if (!chosen) return;
          await propose.mutateAsync({
            cycleId: cycle.id,
            unitId: chosen.unitId,
            award: chosen.awardKind,
            caseId,
            reason,
          });
          setAwardKey('');
          setCaseId('');
          setReason('');
        }}
      />
    </Stack>
  );
}
