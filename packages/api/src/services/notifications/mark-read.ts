import { markNotificationsRead } from '@thidua/db';
import { audit } from '../../audit/record';
import type { ServiceContext } from '../context';
import { addressedTo } from './recipients';

/** Marks the caller's notifications read; ids addressed to someone else are ignored. */
export async function markRead(ctx: ServiceContext, input: { ids: string[] }) {
  return ctx.db.transaction(async (tx) => {
    const ids = await markNotificationsRead(tx, {
      ids: input.ids,
      at: ctx.clock(),
      addressedTo: addressedTo(ctx.access.principal),
    });
    if (ids.length > 0) {
      await audit(tx, ctx.access.actor, {
        action: 'notification.read',
        entity: 'notification',
        after: { ids },
      });
    }
    return { marked: ids.length };
  });
}
