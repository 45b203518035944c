import { randomUUID } from 'node:crypto';
import { normalizeStrings, type Role } from '@thidua/domain';
import type { DbOrTx } from './client';
import { preparedStatement } from './prepared';

export interface AuditEntry {
  actorUserId?: string | null;
  actorRole?: Role | null;
  /** Dotted verb: 'selfAssessment.submit', 'ballot.cast', 'document.issue'. */
  action: string;
  entity: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
  /**
   * Same key → one row, however often the write is retried (e.g. `${workflowId}:${updateId}`).
   * Omitted → a random key (the entry is written every time).
   */
  idempotencyKey?: string;
  /** Defaults to the database clock. */
  at?: Date;
}

/**
 * Appends to the audit log in the caller's transaction; a repeated idempotency key is a no-op.
 * Returns whether a row was written. Never put ballot choices here (see conference.ts).
 */
export async function appendAudit(tx: DbOrTx, entry: AuditEntry): Promise<boolean> {
  const rows = await insertAudit(tx, [
    entry.actorUserId ?? null,
    entry.actorRole ?? null,
    entry.action,
    entry.entity,
    entry.entityId ?? null,
    jsonOrNull(entry.before),
    jsonOrNull(entry.after),
    entry.idempotencyKey ?? randomUUID(),
    entry.at ?? null,
  ]);
  return rows.length > 0;
}

const jsonOrNull = (value: unknown) =>
  value === undefined || value === null ? null : JSON.stringify(normalizeStrings(value));

// Every accepted step writes one: a named statement.
const insertAudit = preparedStatement<{ id: string }>(
  'thidua_append_audit',
  `insert into audit_log (actor_user_id, actor_role, action, entity, entity_id, before, after, idempotency_key, at)
   values ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb, $8, coalesce($9, now()))
   on conflict (idempotency_key) do nothing
   returning id`,
);
