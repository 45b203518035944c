import { Alert, Badge, Grid, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useDeferredValue, useMemo } from 'react';
import { selfAssessmentQuery } from '../../api/screen-queries';
import { useApi } from '../../api/use-api';
import { DueBadge } from '../../components/due-badge';
import { Loading, QueryState } from '../../components/query-state';
import { t } from '../../i18n';
import { CycleFrame } from '../cycle/components/cycle-frame';
import { type CycleDetail, can } from '../cycle/contract';
import { phaseDue } from '../cycle/phases';
import { AdjustmentsTable } from './adjustments-table';
import type { SelfAssessmentView } from './contract';
import { CriteriaTable } from './criteria-table';
import { EVIDENCE_RULES_ID } from './evidence-cell';
import { evidenceRules } from './evidence-rules';
import { ReviewResponse } from './review-response';
import { SheetActions } from './sheet-actions';
import { SheetEntries } from './sheet-fields';
import { sheetStatus } from './sheet-status';
import { LiveSummary } from './sheet-summary';
import { TotalsPanel } from './totals-panel';
import { useDraft } from './use-draft';

const statusColor: Record<string, string> = {
  draft: 'gray',
  signedOff: 'blue',
  submitted: 'teal',
  returned: 'orange',
};

export function SelfAssessmentPage() {
  const { cycleId, unitId } = useParams({ strict: false }) as { cycleId: string; unitId: string };
  const api = useApi();
  const query = useQuery(selfAssessmentQuery(api, cycleId, unitId));
  // The sheet (an input per entry) is drawn just after the frame around it, in a transition that
  // React renders in slices: the browser stays responsive while it is built instead of one long task.
  const drawSheet = useDeferredValue(true, false);
  return (
    <CycleFrame
      title={t.selfAssessment.title}
      about={(cycle) => cycle.units.find((u) => u.unitId === unitId)?.name}
    >
      {(cycle) =>
        drawSheet ? (
          <QueryState query={query}>{(view) => <SheetEditor cycle={cycle} view={view} />}</QueryState>
        ) : (
          <Loading />
        )
      }
    </CycleFrame>
  );
}

function SheetEditor({ cycle, view }: { cycle: CycleDetail; view: SelfAssessmentView }) {
  const unit = cycle.units.find((u) => u.unitId === view.unitId);
  const status = sheetStatus(view.status, unit);
  const editable = (status === 'draft' || status === 'returned') && can(cycle, 'saveDraft');
  const draft = useDraft(view, editable);
  const upload = useMemo(
    () => (editable ? { cycleId: view.cycleId, unitId: view.unitId } : undefined),
    [editable, view.cycleId, view.unitId],
  );
  const entries = useMemo(
    () => ({ store: draft.store, readOnly: !editable, step: view.template.scoreStep }),
    [draft.store, editable, view.template.scoreStep],
  );
  const due = phaseDue(cycle, 'selfAssessment');

  return (
    <Stack>
      <Group gap="sm">
        <Text fw={600}>{unit?.name}</Text>
        <Badge color={statusColor[status]}>{t.selfAssessment.statuses[status]}</Badge>
        {due && cycle.phase === 'selfAssessment' && <DueBadge due={due} />}
      </Group>
      {draft.restored && (
        <Alert color="blue" role="status">
          {t.selfAssessment.restoredLocal}
        </Alert>
      )}
      {status === 'returned' && (
        <Alert color="orange" title={t.selfAssessment.returnedTitle} role="alert">
          <Text size="sm">
            {t.selfAssessment.reviewerReason}: {view.returnReason}
          </Text>
        </Alert>
      )}
      {!editable && <Text size="sm">{t.selfAssessment.readOnly}</Text>}
      {editable && (
        <Text size="sm" c="dimmed" id={EVIDENCE_RULES_ID}>
          {evidenceRules}
        </Text>
      )}
      <LiveSummary store={draft.store} template={view.template} unitId={view.unitId}>
        <Grid>
          <Grid.Col span={{ base: 12, xl: 'auto' }} miw={0}>
            <SheetEntries value={entries}>
              <Stack>
                <CriteriaTable
                  template={view.template}
                  stored={view.sheet}
                  evidence={view.evidence}
                  upload={upload}
                />
                <AdjustmentsTable template={view.template} />
              </Stack>
            </SheetEntries>
          </Grid.Col>
          <Grid.Col span={{ base: 12, xl: 'content' }} w={{ base: '100%', xl: 280 }}>
            <Stack style={{ position: 'sticky', top: 72 }}>
              <TotalsPanel />
              {can(cycle, 'respondToReview') && <ReviewResponse view={view} />}
            </Stack>
          </Grid.Col>
        </Grid>
        <SheetActions
          view={view}
          status={status}
          draft={draft}
          editable={editable}
          maySignOff={can(cycle, 'signOffSelfAssessment')}
          maySubmit={can(cycle, 'submitSelfAssessment')}
        />
      </LiveSummary>
    </Stack>
  );
}
