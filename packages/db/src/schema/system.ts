import { sql } from 'drizzle-orm';
import { bigint, check, index, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { createdAt, requiredRef, stampedNow, textId, timestamptz } from './columns';
import { cycles } from './cycles';
import { roleEnum, scopeKindEnum } from './enums';

/**
 * To one user, or to everyone holding a role on a scope. `dedupe_key` is unique so a retried
 * activity (same cycle, step, update id) never notifies twice.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: textId(),
    userId: text('user_id').references(() => users.id, { onDelete: 'cascade' }),
    role: roleEnum('role'),
    scopeKind: scopeKindEnum('scope_kind'),
    /** Unit, bloc or province id matching scope_kind; null for the global scope. */
    scopeId: text('scope_id'),
    cycleId: text('cycle_id').references(() => cycles.id),
    kind: text('kind').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default({}),
    dedupeKey: text('dedupe_key').notNull().unique(),
    createdAt: createdAt(),
    readAt: timestamptz('read_at'),
  },
  (t) => [
    index('notifications_user_idx').on(t.userId, t.createdAt),
    index('notifications_role_scope_idx').on(t.role, t.scopeKind, t.scopeId),
    check(
      'notifications_recipient',
      sql`(${t.userId} is not null and ${t.role} is null and ${t.scopeKind} is null and ${t.scopeId} is null)
        or (${t.userId} is null and ${t.role} is not null and ${t.scopeKind} is not null
            and (${t.scopeId} is null) = (${t.scopeKind} = 'global'))`,
    ),
    check('notifications_kind', sql`${t.kind} ~ '^[a-zA-Z][a-zA-Z0-9.]*$'`),
  ],
);

/**
 * Append-only record of every decision (Law principle "minh bạch"). UPDATE, DELETE and TRUNCATE
 * raise (trigger `audit_log_append_only` in the custom migration). Voting is audited as "unit X
 * voted in round R" only: an audit row never carries ballot choices.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: stampedNow('at'),
    actorUserId: text('actor_user_id').references(() => users.id),
    actorRole: roleEnum('actor_role'),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    idempotencyKey: text('idempotency_key').notNull().unique(),
  },
  (t) => [
    index('audit_log_entity_idx').on(t.entity, t.entityId),
    index('audit_log_at_idx').on(t.at),
    // A year's history (the audit screen's filters): rows about the year, or carrying its id, by date.
    index('audit_log_entity_id_at_idx').on(t.entityId, t.at),
    index('audit_log_cycle_at_idx').on(sql`(${t.after} ->> 'cycleId')`, t.at),
    check('audit_log_action', sql`${t.action} ~ '^[a-zA-Z][a-zA-Z0-9.]*$'`),
  ],
);

/**
 * Idempotency ledger of workflow activities: an activity writes its projection in the same
 * transaction that claims (cycle, step, update id); a retry finds the claim and writes nothing.
 */
export const processedUpdates = pgTable(
  'processed_updates',
  {
    cycleId: requiredRef('cycle_id', () => cycles.id),
    step: text('step').notNull(),
    updateId: text('update_id').notNull(),
    processedAt: createdAt(),
    /** What the first run returned, so a retry can answer the same. */
    result: jsonb('result'),
  },
  (t) => [primaryKey({ columns: [t.cycleId, t.step, t.updateId] })],
);
