import { appendAudit, type DbOrTx } from '@thidua/db';
import type { Role } from '@thidua/domain';

export interface AuditBy {
  userId: string | null;
  role?: Role | null;
}

/**
 * Audit row of a mutation the API makes itself (workflow steps are audited by their activity).
 * Never called with a ballot's choices: casting is audited as "unit voted in round" only.
 */
export function audit(
  db: DbOrTx,
  by: AuditBy,
  entry: { action: string; entity: string; entityId?: string | null; before?: unknown; after?: unknown },
): Promise<boolean> {
  return appendAudit(db, { actorUserId: by.userId, actorRole: by.role ?? null, ...entry });
}
