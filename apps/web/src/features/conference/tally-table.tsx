import { Badge, Stack, Table, Text } from '@mantine/core';
import type { TallyResult } from '@thidua/domain';
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
      <Table
        withTableBorder
        fz={big ? 'xl' : 'sm'}
        verticalSpacing={big ? 'md' : 'xs'}
        aria-label={t.conference.results}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t.common.unit}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t.conference.votes}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t.conference.percent}
            </Table.Th>
            <Table.Th scope="col">{t.conference.result}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tally.candidates.map((c) => (
            <Table.Tr key={c.unitId}>
              <Table.Th scope="row" fw={c.result === 'elected' ? 700 : 500}>
                {c.name}
              </Table.Th>
              <Table.Td ta="right" className="tabular">
                {c.votes}
              </Table.Td>
              <Table.Td ta="right" className="tabular">
                {c.percentText}
              </Table.Td>
              <Table.Td>
                <Badge color={resultColor[c.result] ?? 'gray'} size={big ? 'xl' : 'sm'} variant="light">
                  {c.resultLabel}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size={big ? 'xl' : 'sm'} fw={600}>
        {t.conference.conclusion}: {tally.conclusion}
      </Text>
    </Stack>
  );
}
