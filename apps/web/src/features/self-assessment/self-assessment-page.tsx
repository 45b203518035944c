import { Alert, Badge, Grid, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { scoreBreakdown } from '@thidua/domain';
import { useMemo } from 'react';
import { useApi } from '../../api/use-api';
import { DueBadge } from '../../components/due-badge';
import { QueryState } from '../../components/query-state';
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
import { invalidCount, validSheet } from './sheet-form';
import { sheetStatus } from './sheet-status';
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
  const query = useQuery(api.selfAssessment.get.queryOptions({ cycleId, unitId }));
  return (
    <CycleFrame
      title={t.selfAssessment.title}
      about={(cycle) => cycle.units.find((u) => u.unitId === unitId)?.name}
    >
      {(cycle) => (
        <QueryState query={query}>{(view) => <SheetEditor cycle={cycle} view={view} />}</QueryState>
      )}
    </CycleFrame>
  );
}

function SheetEditor({ cycle, view }: { cycle: CycleDetail; view: SelfAssessmentView }) {
  const unit = cycle.units.find((u) => u.unitId === view.unitId);
  const status = sheetStatus(view.status, unit);
  const editable = (status === 'draft' || status === 'returned') && can(cycle, 'saveDraft');
  const draft = useDraft(view, editable);
  const sheet = useMemo(
    () => validSheet(draft.form, view.template, view.unitId),
    [draft.form, view.template, view.unitId],
  );
  const invalid = useMemo(() => invalidCount(draft.form, view.template), [draft.form, view.template]);
  const breakdown = useMemo(() => scoreBreakdown(view.template, sheet, 'self'), [view.template, sheet]);
  const subtotals = new Map(breakdown.groups.map((g) => [g.groupId, g.points]));
  const criteriaCount = view.template.groups.reduce((n, g) => n + g.criteria.length, 0);
  const unscored = criteriaCount - sheet.criteria.length;
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
      <Grid>
        <Grid.Col span={{ base: 12, xl: 'auto' }} miw={0}>
          <Stack>
            <CriteriaTable
              template={view.template}
              form={draft.form}
              onChange={draft.update}
              readOnly={!editable}
              subtotals={subtotals}
              stored={view.sheet}
              evidence={view.evidence}
              upload={editable ? { cycleId: view.cycleId, unitId: view.unitId } : undefined}
            />
            <AdjustmentsTable
              template={view.template}
              form={draft.form}
              onChange={draft.update}
              readOnly={!editable}
            />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, xl: 'content' }} w={{ base: '100%', xl: 280 }}>
          <Stack style={{ position: 'sticky', top: 72 }}>
            <TotalsPanel breakdown={breakdown} unscored={unscored} />
            {can(cycle, 'respondToReview') && <ReviewResponse view={view} />}
          </Stack>
        </Grid.Col>
      </Grid>
      <SheetActions
        view={view}
        status={status}
        draft={draft}
        editable={editable}
        complete={unscored === 0}
        invalid={invalid}
        maySignOff={can(cycle, 'signOffSelfAssessment')}
        maySubmit={can(cycle, 'submitSelfAssessment')}
      />
    </Stack>
  );
}
