import { randomUUID } from 'node:crypto';
import { normalizeStrings, type Role } from '@thidua/domain';
import type { DbOrTx } from './client';
import { auditLog } from './schema';

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
  const rows = await tx
    .insert(auditLog)
    .values({
      actorUserId: entry.actorUserId ?? null,
      actorRole: entry.actorRole ?? null,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId ?? null,
      before: entry.before === undefined ? null : normalizeStrings(entry.before),
      after: entry.after === undefined ? null : normalizeStrings(entry.after),
      idempotencyKey: entry.idempotencyKey ?? randomUUID(),
      ...(entry.at ? { at: entry.at } : {}),
    })
    .onConflictDoNothing({ target: auditLog.idempotencyKey })
    .returning({ id: auditLog.id });
  return rows.length > 0;
}
