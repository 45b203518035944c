// The wall view has no shell: it brings Mantine's sheet itself (the first load has only a part).
import '@mantine/core/styles.layer.css';
import { Badge, Box, Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from '@tanstack/react-router';
import { ErrorAlert } from '../../components/error-alert';
import { t } from '../../i18n';
import { useCycle } from '../cycle/use-cycle';
import { TallyTable } from './tally-table';
import { useConference } from './use-conference';

/** The wall view of one round: large type, live turnout while open, the tally once closed. */
export function ProjectorPage() {
  const { cycleId, roundId } = useParams({ strict: false }) as { cycleId: string; roundId: string };
  const conference = useConference(cycleId);
  const cycle = useCycle(cycleId);
  const round = conference.data?.rounds.find((r) => r.id === roundId);

  return (
    <Box p={{ base: 'md', sm: 'xl' }} mih="100vh" bg="white" component="main">
      <Group justify="space-between" mb="lg" className="no-print">
        <Badge size="lg" variant="dot" color="green">
          {t.conference.live}
        </Badge>
        <Button component={Link} to={`/cycles/${cycleId}/conference`} variant="default">
          {t.conference.exitProjector}
        </Button>
      </Group>
      {conference.isError && <ErrorAlert error={conference.error} />}
      {!round ? (
        <Center py="xl">
          <Loader aria-label={t.common.loading} />
        </Center>
      ) : (
        <Stack gap="lg" maw={1400} mx="auto">
          {cycle.data && (
            <Text size="xl" c="dimmed">
              {t.cycle.title(cycle.data.blocName, cycle.data.year)}
            </Text>
          )}
          <Title order={1} style={{ fontSize: '2.6rem' }}>
            {t.conference.projectorTitle(
              t.conference.voteKinds[round.voteKind] ?? round.voteKind,
              round.roundNumber,
            )}
          </Title>
          {round.tally ? (
            // On a phone the wall's large table scrolls sideways inside its box, not the page.
            <Box style={{ overflowX: 'auto' }}>
              <TallyTable tally={round.tally} size="xl" />
            </Box>
          ) : (
            <Stack>
              <Text style={{ fontSize: '2rem' }} fw={700} className="tabular" aria-live="polite">
                {t.conference.turnout(round.ballotsReceived, round.ballotsIssued)}
              </Text>
              <Text size="xl">{t.conference.waiting}</Text>
            </Stack>
          )}
        </Stack>
      )}
    </Box>
  );
}
