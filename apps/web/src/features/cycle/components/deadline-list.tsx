import { Group, Stack, Text } from '@mantine/core';
import { DueBadge } from '../../../components/due-badge';
import { Panel } from '../../../components/panel';
import { t } from '../../../i18n';
import { formatDate } from '../../../lib/format';
import type { CycleDetail } from '../contract';
import { phaseDone, phaseDue } from '../phases';

const phases = ['registration', 'selfAssessment', 'review', 'conference', 'dossier'] as const;

/** Each deadline of the cycle with a live countdown until its phase is over. */
export function DeadlineList({ cycle }: { cycle: CycleDetail }) {
  // Before the start the year has no deadlines yet: the start form sets them.
  if (cycle.phase === 'setup') return null;
  return (
    <Panel title={t.cycle.deadlinesTitle}>
      <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
        {phases.map((phase) => {
          const due = phaseDue(cycle, phase);
          if (!due) return null;
          return (
            <Stack key={phase} gap={2} component="li">
              <Text size="sm" fw={500}>
                {t.cycle.deadlines[phase]}
              </Text>
              <Group gap="xs">
                <Text size="sm" className="tabular">
                  {formatDate(due)}
                </Text>
                <DueBadge due={due} done={phaseDone(cycle, phase)} />
              </Group>
            </Stack>
          );
        })}
      </Stack>
    </Panel>
  );
}
