import { Group, SegmentedControl, Select, Stack, Text, useMatches } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { myCyclesQuery } from '../../api/screen-queries';
import { useApi } from '../../api/use-api';
import { ExportAndPrint } from '../../components/export-and-print';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { t } from '../../i18n';
import type { TrackerRow, TrackerStatus } from './contract';
import { MoveDeadlineButton } from './deadline-dialogs';
import { exportTracker } from './export-xlsx';
import { TrackerMatrix } from './tracker-matrix';

const route = getRouteApi('/authed/shell/tracker');
const statuses: TrackerStatus[] = ['all', 'overdue', 'pending', 'done'];

export function TrackerPage() {
  const api = useApi();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const cycles = useQuery(myCyclesQuery(api));
  const query = useQuery(
    api.tracker.list.queryOptions({
      ...(search.year ? { year: search.year } : {}),
      ...(search.bloc ? { blocId: search.bloc } : {}),
      status: search.status ?? 'all',
      page: { limit: 200, offset: 0 },
    }),
  );
  const years = [...new Set(cycles.data?.map((c) => c.year) ?? [])].sort((a, b) => b - a);
  const blocs = [...new Map(cycles.data?.map((c) => [c.blocId, c.blocName]) ?? []).entries()];
  // On a phone the four statuses stand one under the other instead of running off the screen.
  const stacked = useMatches({ base: true, sm: false });
  const setSearch = (patch: Partial<typeof search>) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch }) });

  return (
    <Stack>
      <PageHeader
        title={t.tracker.title}
        subtitle={t.tracker.lead}
        actions={
          query.data && (
            <ExportAndPrint
              label={t.tracker.export}
              disabled={query.data.rows.length === 0}
              onExport={() => exportTracker(query.data?.rows ?? [])}
            />
          )
        }
      />
      <Text className="print-only" fw={600}>
        {t.tracker.printScope(
          blocs.find(([id]) => id === search.bloc)?.[1] ?? t.tracker.allBlocs,
          search.year,
          t.tracker.statuses[search.status ?? 'all'] ?? '',
        )}
      </Text>
      <Group gap="sm" align="flex-end" role="search" aria-label={t.tracker.filters} className="no-print">
        <Select
          label={t.tracker.year}
          placeholder={t.tracker.allYears}
          data={years.map((y) => ({ value: String(y), label: String(y) }))}
          value={search.year ? String(search.year) : null}
          onChange={(v) => setSearch({ year: v ? Number(v) : undefined })}
          clearable
          w={180}
        />
        <Select
          label={t.tracker.bloc}
          placeholder={t.tracker.allBlocs}
          data={blocs.map(([value, label]) => ({ value, label }))}
          value={search.bloc ?? null}
          onChange={(v) => setSearch({ bloc: v ?? undefined })}
          clearable
          w={280}
          maw="100%"
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="tracker-status">
            {t.tracker.status}
          </Text>
          <SegmentedControl
            aria-labelledby="tracker-status"
            value={search.status ?? 'all'}
            onChange={(v) => setSearch({ status: v as TrackerStatus })}
            data={statuses.map((s) => ({ value: s, label: t.tracker.statuses[s] ?? s }))}
            orientation={stacked ? 'vertical' : 'horizontal'}
          />
        </Stack>
      </Group>
      <QueryState query={query}>
        {({ rows, total }) => (
          <Stack gap="xs">
            <Text size="sm">{t.tracker.total(rows.length, total)}</Text>
            <CycleDeadlines rows={rows} />
            {rows.length === 0 ? <Text>{t.tracker.empty}</Text> : <TrackerMatrix rows={rows} />}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}

/** One "move deadline" per cycle on the board where the server accepts it from this user. */
function CycleDeadlines({ rows }: { rows: TrackerRow[] }) {
  const cycles = [...new Map(rows.map((r) => [r.cycleId, r])).values()].filter((r) =>
    r.allowedActions.includes('moveDeadline'),
  );
  if (cycles.length === 0) return null;
  return (
    <Group gap="xs">
      {cycles.map((c) => (
        <MoveDeadlineButton
          key={c.cycleId}
          cycleId={c.cycleId}
          title={t.tracker.moveDeadlineFor(c.blocName, c.year)}
          rows={rows}
        />
      ))}
    </Group>
  );
}
