import { blocs, cycles, dossiers, nominations } from '@thidua/db/schema';
import { and, asc, count, eq, inArray } from 'drizzle-orm';
import { visibleTo } from '../../authz/visibility';
import type { ServiceContext } from '../context';
import { vnToday } from '../cycles/timeline';
import { nominationView } from '../dossier/list';
import { blocNamesAt, yearEnd } from '../org/names';

export interface CommitteeInboxInput {
  status: 'pending' | 'all';
  page: { limit: number; offset: number };
}

const PENDING = ['submitted', 'received', 'reviewed'] as const;

/** Dossiers waiting for the committee, oldest due date first, with their nominations. */
export async function committeeInbox(ctx: ServiceContext, input: CommitteeInboxInput) {
  const where = and(
    visibleTo(ctx.access.grants, { blocId: cycles.blocId, provinceId: blocs.provinceId, year: cycles.year }),
    input.status === 'pending' ? inArray(dossiers.status, [...PENDING]) : undefined,
  );
  const from = () =>
    ctx.db
      .select({
        dossierId: dossiers.id,
        cycleId: cycles.id,
        blocId: cycles.blocId,
        year: cycles.year,
        status: dossiers.status,
        submittedAt: dossiers.submittedAt,
        receivedAt: dossiers.receivedAt,
        dueDate: dossiers.dueDate,
        returnReason: dossiers.returnReason,
      })
      .from(dossiers)
      .innerJoin(cycles, eq(cycles.id, dossiers.cycleId))
      .innerJoin(blocs, eq(blocs.id, cycles.blocId));
  const rows = await from()
    .where(where)
    .orderBy(asc(dossiers.dueDate), asc(cycles.id))
    .limit(input.page.limit)
    .offset(input.page.offset);
  const [total] = await ctx.db
    .select({ n: count() })
    .from(dossiers)
    .innerJoin(cycles, eq(cycles.id, dossiers.cycleId))
    .innerJoin(blocs, eq(blocs.id, cycles.blocId))
    .where(where);
  const cycleIds = rows.map((r) => r.cycleId);
  const noms = cycleIds.length
    ? await ctx.db.select().from(nominations).where(inArray(nominations.cycleId, cycleIds))
    : [];
  const today = vnToday(ctx.clock());
  const names = new Map<string, string>();
  for (const r of rows) {
    const name = (await blocNamesAt(ctx.db, [r.blocId], yearEnd(r.year))).get(r.blocId);
    if (name) names.set(`${r.blocId}:${r.year}`, name);
  }
  return {
    total: total?.n ?? 0,
    rows: rows.map((r) => ({
      ...r,
      blocName: names.get(`${r.blocId}:${r.year}`) ?? r.blocId,
      overdue: r.dueDate !== null && r.dueDate < today && (PENDING as readonly string[]).includes(r.status),
      nominations: noms.filter((n) => n.cycleId === r.cycleId).map(nominationView),
    })),
  };
}
