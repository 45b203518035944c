import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../../api/use-api';
import { mayCall, useMe } from '../../auth/session';
import { DataTable } from '../../components/data-table';
import { QueryState } from '../../components/query-state';
import { t } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { RuleSetEditor } from './rule-set-editor';

/** Rule sets per year and province; the vote rules are the part a bloc asks about most. */
export function RuleSetsTab() {
  const api = useApi();
  const list = useQuery(api.admin.ruleSets.list.queryOptions({}));
  const [selected, setSelected] = useState<string | null>(null);
  return (
    <Stack>
      <QueryState query={list}>
        {(rows) => (
          <DataTable
            striped
            aria-label={t.admin.tabs.ruleSets}
            rows={rows}
            rowKey={(r) => r.id}
            columns={[
              { header: t.admin.ruleSetYear, cell: (r) => r.year },
              { header: t.admin.ruleSetTitle, rowHeader: true, cell: (r) => r.title },
              { header: t.admin.ruleSetVersion, cell: (r) => r.version },
              { header: t.admin.editedAt, cell: (r) => (r.editedAt ? formatDateTime(r.editedAt) : '—') },
              {
                header: t.common.actions,
                cell: (r) => (
                  <Button size="compact-sm" variant="light" onClick={() => setSelected(r.id)}>
                    {t.admin.view}
                  </Button>
                ),
              },
            ]}
          />
        )}
      </QueryState>
      {selected && (
        <RuleSetDetail
          key={selected}
          ruleSetId={selected}
          takenYears={(list.data ?? [])
            .filter((r) => r.provinceId === list.data?.find((x) => x.id === selected)?.provinceId)
            .map((r) => r.year)}
        />
      )}
    </Stack>
  );
}

function RuleSetDetail({ ruleSetId, takenYears }: { ruleSetId: string; takenYears: number[] }) {
  const api = useApi();
  const me = useMe();
  const query = useQuery(api.admin.ruleSets.get.queryOptions({ ruleSetId }));
  return (
    <Paper withBorder p="md">
      <QueryState query={query}>
        {(found) => {
          const rules = found.ruleSet;
          if (mayCall(me, 'admin.ruleSets.save')) {
            return <RuleSetEditor ruleSet={rules} version={found.version} takenYears={takenYears} />;
          }
          return (
            <Stack>
              <Title order={2} size="h4">
                {t.admin.voteRules} – {rules.year}
              </Title>
              <DataTable
                aria-label={t.admin.voteRules}
                rows={Object.entries(rules.votes)}
                rowKey={([kind]) => kind}
                columns={[
                  {
                    header: t.admin.voteKind,
                    rowHeader: true,
                    cellProps: () => ({ fw: undefined }),
                    cell: ([kind]) => t.conference.voteKinds[kind] ?? kind,
                  },
                  {
                    header: t.admin.quorum,
                    cell: ([, rule]) => `${rule.quorum.numerator}/${rule.quorum.denominator}`,
                  },
                  {
                    header: t.admin.threshold,
                    cell: ([, rule]) => `${rule.threshold.comparator} ${rule.threshold.percent} %`,
                  },
                  { header: t.admin.seats, cell: ([, rule]) => rule.seats },
                  {
                    header: t.admin.tiePolicy,
                    cell: ([, rule]) => t.admin.tiePolicies[rule.tiePolicy] ?? rule.tiePolicy,
                  },
                ]}
              />
              <Text size="sm">
                {t.admin.latePenalty}: {rules.lateSubmission.pointsPerLateReport}
              </Text>
            </Stack>
          );
        }}
      </QueryState>
    </Paper>
  );
}
