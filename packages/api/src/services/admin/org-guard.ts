import type { DbOrTx, Tx } from '@thidua/db';
import { cycles } from '@thidua/db/schema';
import { DomainError } from '@thidua/domain';
import { and, eq } from 'drizzle-orm';
import { audit } from '../../audit/record';
import type { ServiceContext } from '../context';

/**
 * Membership and leadership of a year are the input of that year's cycle workflow: once the
 * cycle exists they change only through the workflow (next year's cycle starts from the vote).
 */
export async function assertYearOpen(db: DbOrTx, blocId: string, year: number): Promise<void> {
  const [cycle] = await db
    .select({ id: cycles.id })
    .from(cycles)
    .where(and(eq(cycles.blocId, blocId), eq(cycles.year, year)));
  if (cycle)
    throw new DomainError(
      'CONFLICT',
      `Năm thi đua ${year} của Khối đã được khởi tạo; không thể thay đổi thành phần.`,
    );
}

/** A new unit or bloc written by `insert` and audited, in one transaction; answers its id. */
export function createAudited<I>(
  ctx: ServiceContext,
  entity: 'unit' | 'bloc',
  input: I,
  insert: (tx: Tx, input: I) => Promise<string>,
): Promise<string> {
  return ctx.db.transaction(async (tx) => {
    const id = await insert(tx, input);
    await audit(tx, ctx.access.actor, { action: `${entity}.create`, entity, entityId: id, after: input });
    return id;
  });
}
