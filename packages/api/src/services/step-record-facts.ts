import { loadIssuerFacts, loadOfficials } from '@thidua/db';
import { cycles } from '@thidua/db/schema';
import { DomainError, officialAt, officialsScreen } from '@thidua/domain';
import { eq } from 'drizzle-orm';
import type { ServiceContext } from './context';
import { vnToday } from './cycles/timeline';
import { unitNamesAt } from './org/names';

/**
 * A round's ballot and vote-count minutes print the bloc's and the province's names of the day:
 * refuses opening or closing a round while they are missing, as the records would fail on them.
 */
export async function requireIssuerFacts(ctx: ServiceContext, cycleId: string): Promise<void> {
  const [row] = await ctx.db.select({ blocId: cycles.blocId }).from(cycles).where(eq(cycles.id, cycleId));
  if (!row) throw new DomainError('NOT_FOUND', 'Không tìm thấy năm thi đua.');
  await loadIssuerFacts(ctx.db, { blocId: row.blocId, date: vnToday(ctx.clock()) });
}

/**
 * The pact, issued when the last unit registers, is signed by every unit's head in office that day:
 * a unit registers only once its own head (with the title printed under the signature) is recorded.
 */
export async function requirePactSigner(ctx: ServiceContext, cycleId: string, unitId: string): Promise<void> {
  await requireIssuerFacts(ctx, cycleId);
  const date = vnToday(ctx.clock());
  const heads = await loadOfficials(ctx.db, { unitIds: [unitId] }, ['unitHead']);
  const orgName = (await unitNamesAt(ctx.db, [unitId], date)).get(unitId) ?? unitId;
  const head = officialAt(heads, { position: 'unitHead', orgId: unitId, orgName }, date);
  if (head.signatureTitle === undefined) {
    throw new DomainError(
      'PERSON_MISSING',
      `Chưa có chức danh ghi ở chữ ký của người đứng đầu ${orgName}: nhập tại ${officialsScreen.area} → ${officialsScreen.tab}.`,
    );
  }
}
