import { loadIssuerFacts, loadOfficials, loadRecordPeople, ofCycleYear } from '@thidua/db';
import { blocLeaderships, conferenceSessions, cycles, nominations, voteRounds } from '@thidua/db/schema';
import { DomainError, officialAt, officialsScreen } from '@thidua/domain';
import { and, eq, inArray, isNotNull, ne } from 'drizzle-orm';
import type { ServiceContext } from './context';
import { vnToday } from './cycles/timeline';
import { unitNamesAt } from './org/names';

/**
 * Refuses a step whose consequence is the bloc's records (the dossier after the conference, again
 * after a return) while a fact they print is missing — the province's or the bloc's name at that
 * date, a person they name — with the message saying what and where to enter it. Same loaders and
 * same date as the record generation, so the records cannot fail on it once the step is accepted.
 * The heads of the nominated units sign their units' reports, so they are required too.
 */
export async function requireRecordFacts(ctx: ServiceContext, cycleId: string): Promise<void> {
  const [row] = await ctx.db
    .select({ blocId: cycles.blocId, headUnitId: blocLeaderships.headUnitId })
    .from(cycles)
    .innerJoin(blocLeaderships, ofCycleYear(blocLeaderships))
    .where(eq(cycles.id, cycleId));
  if (!row) throw new DomainError('NOT_FOUND', 'Chưa có Trưởng Khối của năm thi đua này.');
  const date = vnToday(ctx.clock());
  await loadIssuerFacts(ctx.db, { blocId: row.blocId, date });
  await loadRecordPeople(ctx.db, { ...row, date });
  await requireNomineeHeads(ctx, cycleId, date);
}

/**
 * Each nominated unit's Báo cáo thành tích is signed by its head: the units the award rounds elected
 * (at confirmation) or still proposed (at a return) need theirs recorded, with the signature title.
 */
async function requireNomineeHeads(ctx: ServiceContext, cycleId: string, date: string): Promise<void> {
  const rounds = await ctx.db
    .select({ tally: voteRounds.tally })
    .from(voteRounds)
    .innerJoin(conferenceSessions, eq(conferenceSessions.id, voteRounds.sessionId))
    .where(
      and(
        eq(conferenceSessions.cycleId, cycleId),
        inArray(voteRounds.voteKind, ['provincialFlag', 'certificateOfMerit']),
        isNotNull(voteRounds.tally),
      ),
    );
  const proposed = await ctx.db
    .select({ unitId: nominations.unitId })
    .from(nominations)
    .where(and(eq(nominations.cycleId, cycleId), ne(nominations.status, 'cut')));
  const unitIds = [
    ...new Set([...rounds.flatMap((r) => r.tally?.electedIds ?? []), ...proposed.map((n) => n.unitId)]),
  ];
  if (unitIds.length === 0) return;
  const heads = await loadOfficials(ctx.db, { unitIds }, ['unitHead']);
  const names = await unitNamesAt(ctx.db, unitIds, date);
  for (const unitId of unitIds) {
    const orgName = names.get(unitId) ?? unitId;
    const head = officialAt(heads, { position: 'unitHead', orgId: unitId, orgName }, date);
    if (head.signatureTitle === undefined) {
      throw new DomainError(
        'PERSON_MISSING',
        `Chưa có chức danh ghi ở chữ ký của người đứng đầu ${orgName}: nhập tại ${officialsScreen.area} → ${officialsScreen.tab}.`,
      );
    }
  }
}
