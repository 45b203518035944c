import { Box, Group, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { DueBadge } from '../../../components/due-badge';
import { Panel } from '../../../components/panel';
import { t } from '../../../i18n';
import { formatDate } from '../../../lib/format';
import type { CycleDetail } from '../contract';

/** The nine phases in order: done, current (with its countdown) and upcoming, as an ordered list. */
export function PhaseTimeline({ cycle }: { cycle: CycleDetail }) {
  return (
    <Panel title={t.cycle.timelineLabel}>
      <Group
        component="ol"
        aria-label={t.cycle.timelineLabel}
        m={0}
        p={0}
        style={{ listStyle: 'none' }}
        gap="xs"
        align="stretch"
        wrap="wrap"
      >
        {cycle.timeline.map(({ phase, label, state, due }, index) => {
          return (
            <Box
              component="li"
              key={phase}
              aria-current={state === 'current' ? 'step' : undefined}
              style={{ flex: '1 1 120px', minWidth: 120 }}
            >
              <Paper
                p="xs"
                h="100%"
                bg={state === 'current' ? 'blue.0' : undefined}
                withBorder={state === 'current'}
                style={state === 'current' ? { borderColor: 'var(--mantine-color-blue-8)' } : undefined}
              >
                <Stack gap={4}>
                  <Group gap={6} wrap="nowrap">
                    <ThemeIcon
                      size="sm"
                      radius="xl"
                      color={state === 'done' ? 'teal.8' : state === 'current' ? 'blue.8' : 'gray.5'}
                      aria-hidden
                    >
                      <Text size="xs" fw={700} c="white">
                        {state === 'done' ? '✓' : index + 1}
                      </Text>
                    </ThemeIcon>
                    <Text size="sm" fw={state === 'current' ? 700 : 500}>
                      {label}
                    </Text>
                  </Group>
                  <Text size="xs" c="dimmed">
                    {state === 'done'
                      ? t.cycle.phaseDone
                      : state === 'current'
                        ? t.cycle.phaseCurrent
                        : t.cycle.phaseUpcoming}
                  </Text>
                  {due && (
                    <Stack gap={2}>
                      <Text size="xs">{formatDate(due)}</Text>
                      {state === 'current' && <DueBadge due={due} />}
                    </Stack>
                  )}
                </Stack>
              </Paper>
            </Box>
          );
        })}
      </Group>
    </Panel>
  );
}
