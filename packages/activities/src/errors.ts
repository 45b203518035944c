import { ApplicationFailure } from '@temporalio/common';
import { DbError, findPgError, translateDbError } from '@thidua/db';
import { DomainError } from '@thidua/domain';

/**
 * Retry or not: data the database refuses (constraint, reference, type) will be refused again, so
 * it fails fast as PROJECTION_INVALID; connection errors, deadlocks and serialisation failures retry.
 */
export function asActivityError(error: unknown): unknown {
  if (error instanceof ApplicationFailure) return error;
  // A person missing from the records is entered by an administrator: retry until they are, and
  // never fail the cycle for it (the API refuses the step first, see the officials pre-check).
  if (error instanceof DomainError && error.code === 'PERSON_MISSING') {
    return ApplicationFailure.create({
      type: error.code,
      message: error.message,
      details: [error.details],
    });
  }
  const translated = translateDbError(error);
  const pg = findPgError(error);
  const permanent =
    translated instanceof DomainError ||
    (translated instanceof DbError && translated.code !== 'DUPLICATE_ENTRY') ||
    (pg?.code !== undefined && /^(22|23|42)/.test(pg.code) && pg.code !== '23505');
  if (!permanent) return error;
  const code =
    translated instanceof DomainError || translated instanceof DbError ? translated.code : pg?.code;
  // The driver's own message, never drizzle's "Failed query … params" (it may hold file bytes).
  const message = (pg?.message ?? (error instanceof Error ? error.message : String(error))).slice(0, 500);
  return ApplicationFailure.create({
    type: 'PROJECTION_INVALID',
    message: `Dữ liệu không ghi được vào cơ sở dữ liệu (${code}): ${message}`,
    nonRetryable: true,
    details: [{ code, constraint: pg?.constraint, table: pg?.table }],
  });
}

export async function withActivityErrors<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw asActivityError(error);
  }
}
