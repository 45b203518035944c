import { normalizeStrings, type Role, type ScopeKind } from '@thidua/domain';
import { and, desc, eq, inArray, isNull, or, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { preparedStatement } from '../prepared';
import { notifications } from '../schema';

export type NotificationRow = typeof notifications.$inferSelect;

export type Recipient = { userId: string } | { role: Role; scopeKind: ScopeKind; scopeId: string | null };

export interface NewNotification {
  recipient: Recipient;
  kind: string;
  payload?: Record<string, unknown>;
  cycleId?: string | null;
  /** e.g. `${cycleId}:${step}:${updateId}:${recipient}`: a retried activity never notifies twice. */
  dedupeKey: string;
}

/** Returns false when the dedupe key was already used (nothing written). */
export async function notify(db: DbOrTx, n: NewNotification): Promise<boolean> {
  return (await notifyAll(db, [n])) > 0;
}

/** Several notifications in one statement; returns how many were new (dedupe keys not used before). */
export async function notifyAll(db: DbOrTx, list: NewNotification[]): Promise<number> {
  if (list.length === 0) return 0;
  const direct = (n: NewNotification) => ('userId' in n.recipient ? n.recipient : undefined);
  const scoped = (n: NewNotification) => ('userId' in n.recipient ? undefined : n.recipient);
  const rows = await insertNotifications(db, [
    list.map((n) => direct(n)?.userId ?? null),
    list.map((n) => scoped(n)?.role ?? null),
    list.map((n) => scoped(n)?.scopeKind ?? null),
    list.map((n) => scoped(n)?.scopeId ?? null),
    list.map((n) => n.kind),
    list.map((n) => JSON.stringify(normalizeStrings(n.payload ?? {}))),
    list.map((n) => n.cycleId ?? null),
    list.map((n) => n.dedupeKey),
  ]);
  return rows.length;
}

// Most accepted steps notify someone: a named statement.
const insertNotifications = preparedStatement<{ id: string }>(
  'thidua_notify_all',
  `insert into notifications (user_id, role, scope_kind, scope_id, kind, payload, cycle_id, dedupe_key)
   select * from unnest($1::text[], $2::role[], $3::scope_kind[], $4::text[], $5::text[], $6::jsonb[],
     $7::text[], $8::text[])
   on conflict (dedupe_key) do nothing
   returning id`,
);

/**
 * Notifications addressed to the user directly or to a role+scope they hold (the API passes the
 * user's grants as role/scope pairs), newest first.
 */
export async function listNotifications(
  db: DbOrTx,
  input: {
    userId: string;
    grants: { role: Role; scopeKind: ScopeKind; scopeId: string | null }[];
    limit?: number;
  },
): Promise<NotificationRow[]> {
  const byGrant = input.grants.map((g) =>
    and(
      eq(notifications.role, g.role),
      eq(notifications.scopeKind, g.scopeKind),
      g.scopeId === null ? isNull(notifications.scopeId) : eq(notifications.scopeId, g.scopeId),
    ),
  );
  return db
    .select()
    .from(notifications)
    .where(or(eq(notifications.userId, input.userId), ...byGrant))
    .orderBy(desc(notifications.createdAt))
    .limit(input.limit ?? 50);
}

/**
 * Marks the given unread ids read; `addressedTo` (the API's recipient rule) limits them to the
 * reader's. Role-addressed notifications are read for everyone in the scope. Returns the ids marked.
 */
export async function markNotificationsRead(
  db: DbOrTx,
  input: { ids: string[]; at: Date; addressedTo: SQL },
): Promise<string[]> {
  if (input.ids.length === 0) return [];
  const rows = await db
    .update(notifications)
    .set({ readAt: input.at })
    .where(and(inArray(notifications.id, input.ids), isNull(notifications.readAt), input.addressedTo))
    .returning({ id: notifications.id });
  return rows.map((r) => r.id);
}
