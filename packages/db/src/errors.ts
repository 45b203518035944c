import { DomainError, type ErrorCode, isErrorCode } from '@thidua/domain';

/** The fields of node-postgres' DatabaseError we read. */
interface PgErrorLike {
  code?: string;
  constraint?: string;
  hint?: string;
  table?: string;
  detail?: string;
}

export function isPgError(error: unknown): error is Error & PgErrorLike {
  return error instanceof Error && typeof (error as PgErrorLike).code === 'string';
}

/** drizzle wraps driver errors in DrizzleQueryError (the pg error is its `cause`). */
export function findPgError(error: unknown): (Error & PgErrorLike) | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    if (isPgError(current)) return current;
    current = current.cause;
  }
  return undefined;
}

/** Constraints whose violation has a specific meaning for the user. */
const byConstraint: Record<string, ErrorCode> = {
  ballot_receipts_round_id_unit_id_pk: 'ALREADY_VOTED',
  written_opinions_round_id_unit_id_pk: 'ALREADY_VOTED',
  assessment_scores_self: 'SCORE_OUT_OF_RANGE',
  assessment_scores_reviewed: 'SCORE_OUT_OF_RANGE',
  assessment_adjustments_self: 'SCORE_OUT_OF_RANGE',
  assessment_adjustments_reviewed: 'SCORE_OUT_OF_RANGE',
  assessment_scores_reason: 'REVIEW_REASON_REQUIRED',
  assessment_adjustments_reason: 'REVIEW_REASON_REQUIRED',
  assessment_scores_self_assessment_id_criterion_id_pk: 'DUPLICATE_SCORE_ENTRY',
  review_responses_one_per_unit: 'ALREADY_RESPONDED',
  bloc_leaderships_distinct: 'SAME_UNIT_HEAD_AND_DEPUTY',
  bloc_leaderships_head_member_fk: 'NOT_A_MEMBER',
  bloc_leaderships_deputy_member_fk: 'NOT_A_MEMBER',
  officials_single_unit_head: 'OFFICIAL_OVERLAP',
  officials_single_committee_chair: 'OFFICIAL_OVERLAP',
  officials_single_bloc_secretary: 'OFFICIAL_OVERLAP',
  evidence_files_size: 'EVIDENCE_TOO_LARGE',
  evidence_files_bytes_size: 'EVIDENCE_TOO_LARGE',
  evidence_files_type: 'EVIDENCE_TYPE_NOT_ALLOWED',
  decisions_number: 'DECISION_NUMBER_TAKEN',
  documents_number_one_document: 'DOCUMENT_NUMBER_TAKEN',
  documents_one_current_version: 'DOCUMENT_IMMUTABLE',
  documents_group_version: 'DOCUMENT_IMMUTABLE',
};

/** The class of refusal of a PostgreSQL SQLSTATE no constraint or trigger names more precisely. */
const bySqlState: Record<string, ErrorCode> = {
  '23505': 'DUPLICATE_ENTRY',
  '23503': 'REFERENCE_MISSING',
  '23502': 'CONSTRAINT_VIOLATION',
  '23514': 'CONSTRAINT_VIOLATION',
  '23P01': 'CONSTRAINT_VIOLATION',
};

/** Socket errors and SQLSTATEs of a server that is down, restarting or refusing connections. */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, recovering)
  '53300', // too_many_connections
]);
// node-postgres' own words for a connection lost or never made (these carry no code).
const UNAVAILABLE_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|connection error/i;

/** The database could not be reached (not a refusal of what was asked): the answer is a 503. */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || /^08/.test(code))) return true;
    if (UNAVAILABLE_MESSAGES.test(current.message)) return true;
    current = current.cause;
  }
  return false;
}

/**
 * Turns a PostgreSQL refusal into a coded error the API can show (DATABASE_UNAVAILABLE when the
 * server cannot be reached); anything else is returned as is.
 * Triggers of the custom migration raise with HINT = a catalogue code. Constraint names and SQL
 * states stay in the `cause` (for the log), out of the details the user sees.
 */
export function translateDbError(error: unknown): unknown {
  if (error instanceof DomainError) return error;
  if (isDatabaseUnavailable(error))
    return new DomainError('DATABASE_UNAVAILABLE', undefined, {}, { cause: error });
  const pgError = findPgError(error);
  if (!pgError) return error;
  const code =
    (isErrorCode(pgError.hint) ? pgError.hint : undefined) ??
    (pgError.constraint ? byConstraint[pgError.constraint] : undefined) ??
    (pgError.code ? bySqlState[pgError.code] : undefined);
  return code ? new DomainError(code, undefined, {}, { cause: error }) : error;
}

/** Runs `fn`, rethrowing database refusals as coded errors. */
export async function withDbErrors<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw translateDbError(error);
  }
}
