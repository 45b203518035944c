import { ApplicationFailure } from '@temporalio/common';
import { findPgError, translateDbError } from '@thidua/db';
import { DomainError, type ErrorCode, errorCatalogue, errorMessages } from '@thidua/domain';

/** A coded refusal as the activity's failure: `type` is the catalogue code, as the workflow's refusals. */
function failureOf(error: DomainError): ApplicationFailure {
  return ApplicationFailure.create({
    type: error.code,
    message: error.message,
    nonRetryable: !errorCatalogue[error.code].retryable,
    details: [error.details],
  });
}

/** What the database says when no constraint or trigger names the rule: the step's own write is wrong. */
const unnamedRefusals: ReadonlySet<ErrorCode> = new Set(['CONSTRAINT_VIOLATION', 'REFERENCE_MISSING']);

/**
 * Retry or not: data the database refuses (constraint, reference, type) will be refused again, so
 * it fails fast, non-retryably (a refusal a constraint or trigger names under its own code, anything
 * else as PROJECTION_INVALID); connection errors, deadlocks and serialisation failures retry, and so
 * does a duplicate key (two attempts of the same write: the next finds the row).
 */
function asActivityError(error: unknown): unknown {
  if (error instanceof ApplicationFailure) return error;
  // A missing or wrong fact (a record's names, a rule set): its own code and message.
  if (error instanceof DomainError) return failureOf(error);
  const translated = translateDbError(error);
  const pg = findPgError(error);
  if (translated instanceof DomainError && translated.code === 'DUPLICATE_ENTRY') return error;
  // A refusal the user can act on (a decision number the province already used) keeps its code and
  // message, so the workflow hands it back to the caller of the step unchanged.
  if (translated instanceof DomainError && !unnamedRefusals.has(translated.code))
    return failureOf(translated);
  const permanent =
    translated instanceof DomainError || (pg?.code !== undefined && /^(22|23|42)/.test(pg.code));
  if (!permanent) return error;
  const code = pg?.code;
  // The driver's own message for the log, never drizzle's "Failed query … params" (it may hold file
  // bytes); the API answers with the catalogue's message only.
  const message = (pg?.message ?? (error instanceof Error ? error.message : String(error))).slice(0, 500);
  return ApplicationFailure.create({
    type: 'PROJECTION_INVALID' satisfies ErrorCode,
    message: `${errorMessages.PROJECTION_INVALID} (${code}): ${message}`,
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
