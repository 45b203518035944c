import { type DbOrTx, getCycleRuleSet } from '@thidua/db';
import { blocLeaderships, cycles } from '@thidua/db/schema';
import { type RotationWarning, rotationWarnings, type TallyResult, type VoteKind } from '@thidua/domain';
import { and, eq } from 'drizzle-orm';

interface ClosedRound {
  voteKind: VoteKind;
  status: string;
  tally: TallyResult | null;
}

/** The unit a leadership vote elected, from its closed rounds (a runoff adds its winner). */
const electedBy = (rounds: readonly ClosedRound[], kind: 'blocHead' | 'blocDeputy') =>
  rounds
    .filter((r) => r.voteKind === kind && r.status === 'closed')
    .flatMap((r) => r.tally?.electedIds ?? [])[0];

/** The deputy vote ended with nobody elected: its last round, counted, proposed nobody. */
const noDeputyElected = (rounds: readonly ClosedRound[]) => {
  const last = rounds.filter((r) => r.voteKind === 'blocDeputy').at(-1);
  return last?.status === 'closed' && last.tally?.outcome.kind === 'noProposal';
};

/**
 * What the chair sees before confirming: the year's rotation rule's warnings (with its citation) on
 * the units elected to lead next year, against this year's leaders. Empty until the head is elected
 * and the deputy vote has ended (with a unit elected, or with none).
 */
export async function pendingRotationWarnings(
  db: DbOrTx,
  cycleId: string,
  rounds: readonly ClosedRound[],
): Promise<RotationWarning[]> {
  const headUnitId = electedBy(rounds, 'blocHead');
  const deputyUnitId = electedBy(rounds, 'blocDeputy') ?? (noDeputyElected(rounds) ? null : undefined);
  if (!headUnitId || deputyUnitId === undefined) return [];
  const [current] = await db
    .select({ leadership: blocLeaderships })
    .from(cycles)
    .innerJoin(
      blocLeaderships,
      and(eq(blocLeaderships.blocId, cycles.blocId), eq(blocLeaderships.year, cycles.year)),
    )
    .where(eq(cycles.id, cycleId));
  if (!current) return [];
  const { leadership } = current;
  const ruleSet = await getCycleRuleSet(db, cycleId);
  return rotationWarnings(
    [
      {
        blocId: leadership.blocId,
        year: leadership.year,
        headUnitId: leadership.headUnitId,
        deputyUnitId: leadership.deputyUnitId,
      },
    ],
    { year: leadership.year + 1, headUnitId, deputyUnitId },
    ruleSet.rotation,
  );
}
