import type { DbOrTx } from '@thidua/db';
import { blocMemberships, conferenceSessions, cycles, voteRounds } from '@thidua/db/schema';
import { DomainError, type RoleGrant } from '@thidua/domain';
import { and, eq, exists, type SQL } from 'drizzle-orm';

/**
 * Separation of duties for role changes. No one grants a role to their own account (an admin who
 * made itself a unit's head could cast that unit's ballot). While a vote round of a bloc is open,
 * the roles that act in it — its member units' roles for that year, the bloc's own — do not change.
 */
export async function assertRoleChangeAllowed(
  db: DbOrTx,
  input: { actorUserId: string; userId: string; grant: RoleGrant; granting: boolean },
): Promise<void> {
  if (input.granting && input.actorUserId === input.userId) throw new DomainError('SELF_GRANT_FORBIDDEN');
  const { scope, year } = input.grant;
  const touched: SQL[] = [eq(voteRounds.status, 'open')];
  if (year !== undefined) touched.push(eq(cycles.year, year));
  if (scope.kind === 'bloc') touched.push(eq(cycles.blocId, scope.blocId));
  else if (scope.kind === 'unit') {
    touched.push(
      exists(
        db
          .select({ unitId: blocMemberships.unitId })
          .from(blocMemberships)
          .where(
            and(
              eq(blocMemberships.unitId, scope.unitId),
              eq(blocMemberships.blocId, cycles.blocId),
              eq(blocMemberships.year, cycles.year),
            ),
          ),
      ),
    );
  } else return;
  const [open] = await db
    .select({ roundId: voteRounds.id })
    .from(voteRounds)
    .innerJoin(conferenceSessions, eq(conferenceSessions.id, voteRounds.sessionId))
    .innerJoin(cycles, eq(cycles.id, conferenceSessions.cycleId))
    .where(and(...touched))
    .limit(1);
  if (open) throw new DomainError('ROLE_CHANGE_DURING_ROUND');
}
