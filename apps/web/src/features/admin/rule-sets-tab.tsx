import { Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../../api/use-api';
import { mayCall, useMe } from '../../auth/session';
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
          <Table striped withTableBorder aria-label={t.admin.tabs.ruleSets}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t.admin.ruleSetYear}</Table.Th>
                <Table.Th scope="col">{t.admin.code}</Table.Th>
                <Table.Th scope="col">{t.admin.ruleSetVersion}</Table.Th>
                <Table.Th scope="col">{t.admin.editedAt}</Table.Th>
                <Table.Th scope="col">{t.common.actions}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>{r.year}</Table.Td>
                  <Table.Th scope="row" fw={500}>
                    {r.id}
                  </Table.Th>
                  <Table.Td>{r.version}</Table.Td>
                  <Table.Td>{r.editedAt ? formatDateTime(r.editedAt) : '—'}</Table.Td>
                  <Table.Td>
                    <Button size="compact-sm" variant="light" onClick={() => setSelected(r.id)}>
                      {t.admin.view}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
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
              <Table aria-label={t.admin.voteRules}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t.admin.tabs.ruleSets}</Table.Th>
                    <Table.Th scope="col">{t.admin.quorum}</Table.Th>
                    <Table.Th scope="col">{t.admin.threshold}</Table.Th>
                    <Table.Th scope="col">{t.admin.seats}</Table.Th>
                    <Table.Th scope="col">{t.admin.tiePolicy}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {Object.entries(rules.votes).map(([kind, rule]) => (
                    <Table.Tr key={kind}>
                      <Table.Th scope="row">{t.conference.voteKinds[kind] ?? kind}</Table.Th>
                      <Table.Td>
                        {rule.quorum.numerator}/{rule.quorum.denominator}
                      </Table.Td>
                      <Table.Td>
                        {rule.threshold.comparator} {rule.threshold.percent} %
                      </Table.Td>
                      <Table.Td>{rule.seats}</Table.Td>
                      <Table.Td>{t.admin.tiePolicies[rule.tiePolicy] ?? rule.tiePolicy}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
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
