import { List, Stack, Text } from '@mantine/core';
import { t } from '../../i18n';
import type { Round } from './contract';

/** The units an award's ballot leaves off, each with why: a case, the score sheet, a withdrawal. */
export function ExcludedUnits({ round }: { round: Round }) {
  if (round.excluded.length === 0) return null;
  return (
    <Stack gap={4} component="section" aria-label={t.conference.excludedTitle}>
      <Text size="sm" fw={600}>
        {t.conference.excludedTitle}
      </Text>
      <List size="sm">
        {round.excluded.map((x) => (
          <List.Item key={x.unitId}>{t.conference.excludedLine(x.name, x.reasons.join('; '))}</List.Item>
        ))}
      </List>
    </Stack>
  );
}
