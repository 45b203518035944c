import { Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { memo } from 'react';
import { t } from '../../i18n';
import { formatScore } from '../../lib/format';
import { useSheetSummary } from './sheet-summary';

const Line = memo(({ label, value, strong }: { label: string; value: string; strong?: boolean }) => (
  <Group justify="space-between" wrap="nowrap">
    <Text size="sm" fw={strong ? 700 : 400}>
      {label}
    </Text>
    {/* A figure is never broken over two lines ("90,00 /" above "105,00"): its label wraps instead. */}
    <Text
      size={strong ? 'lg' : 'sm'}
      fw={strong ? 700 : 500}
      className="tabular"
      style={{ whiteSpace: 'nowrap' }}
    >
      {value}
    </Text>
  </Group>
));

/** Running totals as typed, computed with the domain's own scoring (quarter points, caps, clamps). */
export function TotalsPanel() {
  const { breakdown, unscored } = useSheetSummary();
  return (
    <Paper withBorder p="md" aria-live="polite" aria-label={t.selfAssessment.totalsTitle}>
      <Stack gap={6}>
        <Text fw={600}>{t.selfAssessment.totalsTitle}</Text>
        <Line label={t.selfAssessment.base} value={formatScore(breakdown.base)} />
        <Line
          label={t.selfAssessment.bonus}
          value={
            breakdown.bonusClaimed > breakdown.bonus
              ? `${formatScore(breakdown.bonus)} (${formatScore(breakdown.bonusClaimed)})`
              : formatScore(breakdown.bonus)
          }
        />
        <Line label={t.selfAssessment.penalty} value={`− ${formatScore(breakdown.penalty)}`} />
        <Line
          label={t.selfAssessment.total}
          value={`${formatScore(breakdown.total)} / ${formatScore(breakdown.maxTotal)}`}
          strong
        />
        <Progress value={(breakdown.total / breakdown.maxTotal) * 100} aria-hidden />
        <Text size="sm" c={unscored > 0 ? 'orange.9' : 'teal.9'}>
          {unscored > 0 ? t.selfAssessment.unscored(unscored) : t.selfAssessment.allScored}
        </Text>
      </Stack>
    </Paper>
  );
}
