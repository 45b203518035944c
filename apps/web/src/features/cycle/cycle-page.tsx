import { Grid, Stack, Text, Title } from '@mantine/core';
import { t } from '../../i18n';
import { CycleFrame } from './components/cycle-frame';
import { DeadlineList } from './components/deadline-list';
import { PhaseActions } from './components/phase-actions';
import { PhaseTimeline } from './components/phase-timeline';
import { UnitProgressTable } from './components/unit-progress-table';

export function CyclePage() {
  return (
    <CycleFrame>
      {(cycle) => (
        <Stack>
          <PhaseTimeline cycle={cycle} />
          <Grid>
            <Grid.Col span={{ base: 12, lg: 8 }}>
              <Title order={2} size="h4" mb="xs">
                {t.cycle.progressTitle}
              </Title>
              {cycle.units.length > 0 ? (
                <UnitProgressTable cycle={cycle} />
              ) : (
                <Text>{t.common.emptyList}</Text>
              )}
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 4 }}>
              <Stack>
                <DeadlineList cycle={cycle} />
                <PhaseActions cycle={cycle} />
              </Stack>
            </Grid.Col>
          </Grid>
        </Stack>
      )}
    </CycleFrame>
  );
}
