import { Alert, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useAction } from '../../api/use-action';
import { useApi } from '../../api/use-api';
import { ConfirmButton, ReturnButton } from '../../components/confirm-button';
import { QueryState } from '../../components/query-state';
import { t } from '../../i18n';
import { formatDate } from '../../lib/format';
import { CycleFrame } from '../cycle/components/cycle-frame';
import { type CycleDetail, can, type StepName } from '../cycle/contract';
import type { Nomination } from '../dossier/contract';
import { DocumentsTable } from '../dossier/documents-table';
import { NominationsTable } from '../dossier/nominations-table';
import { DecisionForm } from './decision-form';

const OPEN = ['submitted', 'received'];

export function CommitteeReviewPage() {
  return (
    <CycleFrame title={t.committee.reviewTitle}>{(cycle) => <CommitteeReview cycle={cycle} />}</CycleFrame>
  );
}

function CommitteeReview({ cycle }: { cycle: CycleDetail }) {
  const api = useApi();
  const query = useQuery(api.dossier.list.queryOptions({ cycleId: cycle.id }));
  const accept = useAction(api.committee.accept.mutationOptions(), t.committee.accepted);
  const giveBack = useAction(api.committee.returnProposal.mutationOptions(), t.committee.returned);

  return (
    <QueryState query={query}>
      {(view) => {
        const status = view.dossier?.status;
        if (!view.dossier) return <Text>{t.committee.noDossier}</Text>;
        const open = status !== undefined && OPEN.includes(status);
        const may = (step: StepName) => open && can(cycle, step);
        return (
          <Stack>
            <Group gap="sm">
              <Text fw={600}>{t.dossier.statuses[status ?? 'none']}</Text>
              {view.dossier.dueDate && (
                <Text size="sm">{t.dossier.dueDate(formatDate(view.dossier.dueDate))}</Text>
              )}
            </Group>
            <Title order={2} size="h4">
              {t.dossier.nominationsTitle}
            </Title>
            <NominationsTable
              cycle={cycle}
              nominations={view.nominations}
              actions={
                may('cutNomination')
                  ? (n) => n.status !== 'cut' && <CutNomination cycle={cycle} nomination={n} />
                  : undefined
              }
            />
            <Title order={2} size="h4">
              {t.committee.documents}
            </Title>
            <DocumentsTable documents={view.documents} canUploadScan={false} />
            {(may('acceptProposal') || may('returnProposal')) && (
              <Group>
                <ConfirmButton
                  label={t.committee.accept}
                  message={t.committee.acceptConfirm}
                  onConfirm={() => accept.mutateAsync({ cycleId: cycle.id })}
                />
                <ReturnButton
                  label={t.committee.returnProposal}
                  message={t.committee.returnConfirm}
                  onReturn={(reason) => giveBack.mutateAsync({ cycleId: cycle.id, reason })}
                />
              </Group>
            )}
            {status === 'reviewed' && can(cycle, 'recordDecision') && (
              <DecisionForm cycle={cycle} nominations={view.nominations} />
            )}
            {status === 'decided' && (
              <Alert color="teal" role="status">
                {t.dossier.statuses.decided}
              </Alert>
            )}
          </Stack>
        );
      }}
    </QueryState>
  );
}

function CutNomination({ cycle, nomination }: { cycle: CycleDetail; nomination: Nomination }) {
  const api = useApi();
  const cut = useAction(api.committee.cutNomination.mutationOptions(), t.committee.cutDone);
  const unit = cycle.units.find((u) => u.unitId === nomination.unitId)?.name ?? nomination.unitId;
  return (
    <ConfirmButton
      label={t.committee.cut}
      aria-label={t.committee.cutFor(unit)}
      size="compact-sm"
      variant="subtle"
      color="red"
      title={t.committee.cutFor(unit)}
      message={t.committee.cutConfirm}
      reason={{ label: t.committee.cutReason, minRows: 2 }}
      onConfirm={(reason) => cut.mutateAsync({ nominationId: nomination.id, reason })}
    />
  );
}
