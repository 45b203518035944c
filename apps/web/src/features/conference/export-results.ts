import { t } from '../../i18n';
import { headerRow, type SheetData, saveSheet } from '../../lib/xlsx';
import type { Round } from './contract';

type Tallied = Round & { tally: NonNullable<Round['tally']> };

/** The closed rounds, oldest first (the order they were held in). */
export const talliedRounds = (rounds: readonly Round[]): Tallied[] =>
  rounds.filter((r): r is Tallied => r.status === 'closed' && r.tally !== null && r.tally !== undefined);

/**
 * Every closed round's count as an .xlsx, one row per candidate: votes, the percentage on the
 * rule's denominator, the threshold, the candidate's result, the round's ballots and conclusion.
 * Ballots are secret: there is no unit's choice to export.
 */
export async function exportResults(rounds: readonly Round[], year: number): Promise<void> {
  const data: SheetData = [
    headerRow([
      t.conference.roundColumn,
      t.common.unit,
      t.conference.votes,
      t.conference.percent,
      t.conference.thresholdColumn,
      t.conference.result,
      t.conference.issuedColumn,
      t.conference.receivedColumn,
      t.conference.validColumn,
      t.conference.invalidColumn,
      t.conference.conclusion,
    ]),
    ...talliedRounds(rounds).flatMap((round) => {
      const tally = round.tally;
      const name = t.conference.round(
        t.conference.voteKinds[round.voteKind] ?? round.voteKind,
        round.roundNumber,
      );
      return tally.candidates.map((c) => [
        name,
        c.result === 'elected' ? { value: c.name, fontWeight: 'bold' as const } : c.name,
        c.votes,
        { value: c.percentHundredths / 10_000, format: '0.00%' },
        tally.threshold.text,
        c.resultLabel,
        tally.ballotsIssued,
        tally.ballotsReceived,
        tally.validBallots,
        tally.invalidBallots,
        { value: tally.conclusion, wrap: true },
      ]);
    }),
  ];
  await saveSheet(data, {
    sheet: t.conference.resultsSheet,
    fileName: t.conference.resultsFile(year),
    widths: [34, 34, 10, 10, 24, 18, 12, 12, 12, 14, 60],
  });
}
