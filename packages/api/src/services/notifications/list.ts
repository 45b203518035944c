import { notifications } from '@thidua/db/schema';
import { and, count, desc, isNull } from 'drizzle-orm';
import type { ServiceContext } from '../context';
import { addressedTo } from './recipients';

export async function listNotifications(
  ctx: ServiceContext,
  input: { unreadOnly: boolean; page: { limit: number; offset: number } },
) {
  const where = and(
    addressedTo(ctx.access.principal),
    input.unreadOnly ? isNull(notifications.readAt) : undefined,
  );
  const rows = await ctx.db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      cycleId: notifications.cycleId,
      payload: notifications.payload,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
    })
    .from(notifications)
    .where(where)
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(input.page.limit)
    .offset(input.page.offset);
  const [unread] = await ctx.db
    .select({ n: count() })
    .from(notifications)
    .where(and(addressedTo(ctx.access.principal), isNull(notifications.readAt)));
  return { rows, unread: unread?.n ?? 0 };
}
