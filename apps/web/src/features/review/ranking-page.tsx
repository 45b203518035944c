import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { errorCode } from '../../api/errors';
import { useApi } from '../../api/use-api';
import { DataTable } from '../../components/data-table';
import { ExportAndPrint } from '../../components/export-and-print';
import { QueryState } from '../../components/query-state';
import { t } from '../../i18n';
import { formatScore } from '../../lib/format';
import { CycleFrame } from '../cycle/components/cycle-frame';
import type { CycleDetail } from '../cycle/contract';
import { phaseDone } from '../cycle/phases';
import { useCycleId } from '../cycle/use-cycle';
import { scoreAxis } from './chart-scale';
import type { ReviewRow } from './contract';
import { exportRanking } from './export-ranking';

// recharts is the heaviest dependency of the app: it loads only with this screen.
const RankingChart = lazy(() => import('./ranking-chart'));

export function RankingPage() {
  const api = useApi();
  const cycleId = useCycleId();
  const list = useQuery(api.review.list.queryOptions({ cycleId }, { retry: false }));
  const order = ranked(list.data ?? []);
  return (
    <CycleFrame
      title={t.review.rankingTitle}
      actions={(cycle) =>
        order.length > 0 && (
          <ExportAndPrint label={t.review.rankingExport} onExport={() => exportRanking(order, cycle.year)} />
        )
      }
    >
      {(cycle) => <Ranking cycle={cycle} />}
    </CycleFrame>
  );
}

/** Reviewed total desc, then unit code: the order the bloc reads out (group I breaks ties on the server). */
const ranked = (rows: ReviewRow[]) =>
  rows
    .filter((r) => r.reviewedTotal !== null)
    .sort((a, b) => (b.reviewedTotal ?? 0) - (a.reviewedTotal ?? 0) || a.code.localeCompare(b.code));

function Ranking({ cycle }: { cycle: CycleDetail }) {
  const api = useApi();
  const list = useQuery(api.review.list.queryOptions({ cycleId: cycle.id }, { retry: false }));
  const locked = phaseDone(cycle, 'review');
  if (
    list.isError &&
    (errorCode(list.error) === 'FORBIDDEN_ROLE' || errorCode(list.error) === 'OUT_OF_SCOPE')
  ) {
    return <Alert color="blue">{t.review.rankingUnavailable}</Alert>;
  }
  return (
    <QueryState query={list}>
      {(rows) => {
        const order = ranked(rows);
        if (order.length === 0) return <Text>{t.review.rankingUnavailable}</Text>;
        const axis = scoreAxis(order.flatMap((r) => [r.selfTotal ?? 0, r.reviewedTotal ?? 0]));
        return (
          <Stack>
            <Text size="sm" c="dimmed">
              {t.review.rankingLead} {!locked && t.review.provisional}
            </Text>
            <DataTable
              striped
              miw={560}
              aria-label={t.review.rankingTitle}
              rows={order}
              rowKey={(row) => row.unitId}
              columns={[
                {
                  header: t.review.position,
                  w: 60,
                  cellProps: () => ({ className: 'tabular' }),
                  cell: (_, index) => index + 1,
                },
                { header: t.review.unit, rowHeader: true, cell: (row) => row.name },
                { header: t.review.selfTotal, numeric: true, cell: (row) => formatScore(row.selfTotal ?? 0) },
                {
                  header: t.review.reviewedTotal,
                  numeric: true,
                  cellProps: () => ({ fw: 700 }),
                  cell: (row) => formatScore(row.reviewedTotal ?? 0),
                },
              ]}
            />
            <Paper withBorder p="md" aria-hidden className="no-print">
              <Title order={2} size="h5" mb="sm">
                {t.review.chartTitle}
              </Title>
              {axis.domain[0] > 0 && (
                <Text size="xs" c="dimmed" mb="xs">
                  {t.review.chartAxisFrom(formatScore(axis.domain[0]))}
                </Text>
              )}
              <Suspense fallback={<Text size="sm">{t.common.loading}</Text>}>
                <RankingChart
                  axis={axis}
                  rows={order.map((r) => ({
                    name: r.name,
                    self: r.selfTotal ?? 0,
                    reviewed: r.reviewedTotal ?? 0,
                  }))}
                />
              </Suspense>
            </Paper>
          </Stack>
        );
      }}
    </QueryState>
  );
}
