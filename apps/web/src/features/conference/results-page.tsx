import { Paper, Stack, Text, Title } from '@mantine/core';
import { ownUnitId, useMe } from '../../auth/session';
import { ExportAndPrint } from '../../components/export-and-print';
import { QueryState } from '../../components/query-state';
import { t } from '../../i18n';
import { CycleFrame } from '../cycle/components/cycle-frame';
import { useCycleId } from '../cycle/use-cycle';
import { BulletinBoard } from './counting-board';
import { exportResults, talliedRounds } from './export-results';
import { TallyTable } from './tally-table';
import { useConference } from './use-conference';

/**
 * The vote results of the year's conference, round by round, to print or export: counts,
 * percentages, thresholds and conclusions (ballots are secret: no unit's choice exists to show).
 */
export function ResultsPage() {
  const cycleId = useCycleId();
  const conference = useConference(cycleId);
  const rounds = talliedRounds(conference.data?.rounds ?? []);
  const unitId = ownUnitId(useMe());
  return (
    <CycleFrame
      title={t.conference.resultsTitle}
      actions={(cycle) =>
        rounds.length > 0 && (
          <ExportAndPrint
            label={t.conference.resultsExport}
            onExport={() => exportResults(rounds, cycle.year)}
          />
        )
      }
    >
      {() => (
        <QueryState query={conference}>
          {() => (
            <Stack>
              <Text size="sm" c="dimmed">
                {t.conference.resultsLead}
              </Text>
              {rounds.length === 0 && <Text>{t.conference.noClosedRound}</Text>}
              {rounds.map((round) => {
                const title = t.conference.round(
                  t.conference.voteKinds[round.voteKind] ?? round.voteKind,
                  round.roundNumber,
                );
                return (
                  <Paper
                    key={round.id}
                    withBorder
                    p="md"
                    component="section"
                    aria-label={title}
                    className="print-block"
                  >
                    <Title order={2} size="h4" mb="xs">
                      {title}
                    </Title>
                    <TallyTable tally={round.tally} />
                    {round.board?.boardHash && (
                      <BulletinBoard roundId={round.id} hash={round.board.boardHash} unitId={unitId} />
                    )}
                  </Paper>
                );
              })}
            </Stack>
          )}
        </QueryState>
      )}
    </CycleFrame>
  );
}
