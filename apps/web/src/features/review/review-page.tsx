import { Badge, Button, Group, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useAction } from '../../api/use-action';
import { useApi } from '../../api/use-api';
import { ConfirmButton } from '../../components/confirm-button';
import { QueryState } from '../../components/query-state';
import { t } from '../../i18n';
import { formatScore } from '../../lib/format';
import { CycleFrame } from '../cycle/components/cycle-frame';
import { type CycleDetail, can } from '../cycle/contract';
import { useCycleId } from '../cycle/use-cycle';
import type { ReviewRow } from './contract';
import { ReviewEditor } from './review-editor';

export function ReviewPage() {
  const cycleId = useCycleId();
  return (
    <CycleFrame cycleId={cycleId} title={t.review.title}>
      {(cycle) => <ReviewBoard cycle={cycle} />}
    </CycleFrame>
  );
}

const score = (value: number | null) => (value === null ? '—' : formatScore(value));
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

  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t.review.lead}
      </Text>
      <QueryState query={list}>
        {(rows) => (
          <ScrollArea>
            <Table striped highlightOnHover withTableBorder miw={760} aria-label={t.review.title}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t.review.unit}</Table.Th>
                  <Table.Th scope="col">{t.review.sheetStatus}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t.review.selfTotal}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t.review.reviewedTotal}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t.review.difference}
                  </Table.Th>
                  <Table.Th scope="col">{t.review.response}</Table.Th>
                  <Table.Th scope="col">{t.common.actions}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => {
                  const diff =
                    row.selfTotal !== null && row.reviewedTotal !== null
                      ? row.reviewedTotal - row.selfTotal
                      : null;
                  return (
                    <Table.Tr key={row.unitId} bg={selected?.unitId === row.unitId ? 'blue.0' : undefined}>
                      <Table.Th scope="row" fw={500}>
                        {row.name}
                      </Table.Th>
                      <Table.Td>
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
                      </Table.Td>
                      <Table.Td ta="right" className="tabular">
                        {score(row.selfTotal)}
                      </Table.Td>
                      <Table.Td ta="right" className="tabular">
                        {score(row.reviewedTotal)}
                      </Table.Td>
                      <Table.Td ta="right" className="tabular" c={diff && diff < 0 ? 'red.8' : undefined}>
                        {diff === null || diff === 0
                          ? '—'
                          : `${diff > 0 ? '+' : '−'}${formatScore(Math.abs(diff))}`}
                      </Table.Td>
                      <Table.Td>{row.respondedAt ? t.review.responded : '—'}</Table.Td>
                      <Table.Td>
                        <Button
                          size="compact-sm"
                          variant="light"
                          disabled={row.sheetStatus === 'notStarted' || row.sheetStatus === 'draft'}
                          onClick={() => setSelected(row)}
                          aria-label={t.review.reviewUnit(row.name)}
                        >
                          {t.review.review}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </ScrollArea>
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
      {can(cycle, 'lockScores') && (
        <Group>
          <ConfirmButton
            label={t.review.lock}
            message={t.review.lockConfirm}
            onConfirm={() => lock.mutateAsync({ cycleId: cycle.id })}
            pending={lock.isPending}
            error={lock.error}
          />
        </Group>
      )}
    </Stack>
  );
}
