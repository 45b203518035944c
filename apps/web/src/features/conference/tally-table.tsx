import { Badge, Stack, Text } from '@mantine/core';
import type { TallyResult } from '@thidua/domain';
import { DataTable } from '../../components/data-table';
import { t } from '../../i18n';

const resultColor: Record<string, string> = {
  elected: 'teal',
  tied: 'orange',
  passedNoSeat: 'blue',
  notPassed: 'gray',
};

/** Counts, percentages on the rule's denominator, each unit's outcome and the rule's conclusion. */
export function TallyTable({ tally, size = 'sm' }: { tally: TallyResult; size?: 'sm' | 'xl' }) {
  const big = size === 'xl';
  return (
    <Stack gap="xs">
      <Text size={big ? 'xl' : 'sm'} className="tabular">
        {t.conference.ballotsLine(
          tally.ballotsIssued,
          tally.ballotsReceived,
          tally.validBallots,
          tally.invalidBallots,
        )}
      </Text>
      <Text size={big ? 'lg' : 'xs'} c="dimmed">
        {tally.quorum.text} · {t.conference.denominator(tally.denominator.label)} ·{' '}
        {t.conference.threshold(tally.threshold.text)}
      </Text>
      <DataTable
        fz={big ? 'xl' : 'sm'}
        verticalSpacing={big ? 'md' : 'xs'}
        aria-label={t.conference.results}
        rows={tally.candidates}
        rowKey={(c) => c.unitId}
        columns={[
          {
            header: t.common.unit,
            rowHeader: true,
            cellProps: (c) => ({ fw: c.result === 'elected' ? 700 : 500 }),
            cell: (c) => c.name,
          },
          { header: t.conference.votes, numeric: true, cell: (c) => c.votes },
          { header: t.conference.percent, numeric: true, cell: (c) => c.percentText },
          {
            header: t.conference.result,
            cell: (c) => (
              <Badge color={resultColor[c.result] ?? 'gray'} size={big ? 'xl' : 'sm'} variant="light">
                {c.resultLabel}
              </Badge>
            ),
          },
        ]}
      />
      <Text size={big ? 'xl' : 'sm'} fw={600}>
        {t.conference.conclusion}: {tally.conclusion}
      </Text>
    </Stack>
  );
}
