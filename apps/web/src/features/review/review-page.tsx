import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useAction } from '../../api/use-action';
import { useApi } from '../../api/use-api';
import { mayCall, useMe } from '../../auth/session';
import { ConfirmButton } from '../../components/confirm-button';
import { DataTable } from '../../components/data-table';
import { ExportButton } from '../../components/export-button';
import { QueryState } from '../../components/query-state';
import { t } from '../../i18n';
import { formatScore } from '../../lib/format';
import { CycleFrame } from '../cycle/components/cycle-frame';
import { type CycleDetail, can } from '../cycle/contract';
import type { ReviewRow } from './contract';
import { exportReviewSummary } from './export-summary';
import { ReviewEditor } from './review-editor';

export function ReviewPage() {
  return <CycleFrame title={t.review.title}>{(cycle) => <ReviewBoard cycle={cycle} />}</CycleFrame>;
}

const score = (value: number | null) => (value === null ? '—' : formatScore(value));
/** Reviewed minus self total, once both exist. */
const difference = (row: ReviewRow) =>
  row.selfTotal !== null && row.reviewedTotal !== null ? row.reviewedTotal - row.selfTotal : null;
const signedScore = (diff: number | null) =>
  diff === null || diff === 0 ? '—' : `${diff > 0 ? '+' : '−'}${formatScore(Math.abs(diff))}`;
/** Handed in, as the workflow sees it (the sheet row may still say "signed off"). */
const submitted = (row: ReviewRow) =>
  row.selfAssessmentStep === 'submitted' ||
  row.selfAssessmentStep === 'done' ||
  row.sheetStatus === 'submitted';

function ReviewBoard({ cycle }: { cycle: CycleDetail }) {
  const api = useApi();
  const list = useQuery(api.review.list.queryOptions({ cycleId: cycle.id }));
  const [selected, setSelected] = useState<ReviewRow | null>(null);
  const lock = useAction(api.review.lock.mutationOptions(), t.review.locked);
  const canEdit = can(cycle, 'reviewScores');
  const me = useMe();
  const queryClient = useQueryClient();

  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t.review.lead}
      </Text>
      <QueryState query={list}>
        {(rows) => (
          <DataTable
            striped
            highlightOnHover
            miw={760}
            aria-label={t.review.title}
            rows={rows}
            rowKey={(row) => row.unitId}
            rowProps={(row) => ({ bg: selected?.unitId === row.unitId ? 'blue.0' : undefined })}
            columns={[
              { header: t.review.unit, rowHeader: true, cell: (row) => row.name },
              {
                header: t.review.sheetStatus,
                cell: (row) => (
                  <Group gap={4}>
                    <Badge variant="light" color={submitted(row) ? 'teal' : 'gray'}>
                      {submitted(row)
                        ? t.review.sheetStatuses.submitted
                        : (t.review.sheetStatuses[row.sheetStatus] ?? row.sheetStatus)}
                    </Badge>
                    {row.late && (
                      <Badge color="orange" variant="light">
                        {t.review.late}
                      </Badge>
                    )}
                  </Group>
                ),
              },
              { header: t.review.selfTotal, numeric: true, cell: (row) => score(row.selfTotal) },
              { header: t.review.reviewedTotal, numeric: true, cell: (row) => score(row.reviewedTotal) },
              {
                header: t.review.difference,
                numeric: true,
                cellProps: (row) => ({ c: (difference(row) ?? 0) < 0 ? 'red.9' : undefined }),
                cell: (row) => signedScore(difference(row)),
              },
              { header: t.review.response, cell: (row) => (row.respondedAt ? t.review.responded : '—') },
              {
                header: t.common.actions,
                cell: (row) => (
                  <Button
                    size="compact-sm"
                    variant="light"
                    disabled={row.sheetStatus === 'notStarted' || row.sheetStatus === 'draft'}
                    onClick={() => setSelected(row)}
                    aria-label={t.review.reviewUnit(row.name)}
                  >
                    {t.review.review}
                  </Button>
                ),
              },
            ]}
          />
        )}
      </QueryState>
      {selected && (
        <ReviewEditor
          key={selected.unitId}
          cycleId={cycle.id}
          unit={selected}
          editable={canEdit}
          mayReturn={can(cycle, 'returnSelfAssessment')}
          onClose={() => setSelected(null)}
        />
      )}
      <Group>
        {can(cycle, 'lockScores') && (
          <ConfirmButton
            label={t.review.lock}
            message={t.review.lockConfirm}
            onConfirm={() => lock.mutateAsync({ cycleId: cycle.id })}
          />
        )}
        {mayCall(me, 'review.summary') && (
          <ExportButton
            variant="light"
            label={t.review.exportSummary}
            onExport={async () =>
              exportReviewSummary(
                await queryClient.fetchQuery(api.review.summary.queryOptions({ cycleId: cycle.id })),
              )
            }
          />
        )}
      </Group>
    </Stack>
  );
}
