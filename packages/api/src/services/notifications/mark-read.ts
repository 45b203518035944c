import { notifications } from '@thidua/db/schema';
import { and, inArray, isNull } from 'drizzle-orm';
import { audit } from '../../audit/record';
import type { ServiceContext } from '../context';
import { addressedTo } from './recipients';

/** Marks the caller's notifications read; ids addressed to someone else are ignored. */
export async function markRead(ctx: ServiceContext, input: { ids: string[] }) {
  return ctx.db.transaction(async (tx) => {
    const rows = await tx
      .update(notifications)
      .set({ readAt: ctx.clock() })
      .where(
        and(
          inArray(notifications.id, input.ids),
          isNull(notifications.readAt),
          addressedTo(ctx.access.principal),
        ),
      )
      .returning({ id: notifications.id });
    if (rows.length > 0) {
      await audit(tx, ctx.access.actor, {
        action: 'notification.read',
        entity: 'notification',
        after: { ids: rows.map((r) => r.id) },
      });
    }
    return { marked: rows.length };
  });
}
