import type { DbOrTx } from '@thidua/db';
import { cycles } from '@thidua/db/schema';
import { DomainError } from '@thidua/domain';
import { and, eq } from 'drizzle-orm';

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
