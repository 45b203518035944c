import { DomainError, type ErrorCode, errorMessages, isErrorCode } from '@thidua/domain';

/**
 * Refusals that only the persistence layer knows. Same shape as the domain's DomainError
 * (stable code, Vietnamese message, details); the codes are candidates for the domain catalogue.
 */
export const dbErrorMessages = {
  DUPLICATE_ENTRY: 'Dữ liệu này đã tồn tại.',
  EVIDENCE_TOO_LARGE: 'Tệp minh chứng vượt quá dung lượng cho phép.',
  EVIDENCE_TYPE_NOT_ALLOWED: 'Loại tệp minh chứng không được chấp nhận.',
  DOCUMENT_IMMUTABLE: 'Văn bản đã ký (hoặc đã ban hành) không được sửa hay ghi đè.',
  DOCUMENT_NUMBER_TAKEN: 'Số văn bản này đã được cấp.',
  AUDIT_APPEND_ONLY: 'Nhật ký thao tác chỉ được ghi thêm, không được sửa hay xóa.',
  BALLOT_SEALED: 'Phiếu bầu đã bỏ vào hòm phiếu không được sửa.',
  CONSTRAINT_VIOLATION: 'Dữ liệu vi phạm ràng buộc toàn vẹn.',
  REFERENCE_MISSING: 'Dữ liệu tham chiếu không tồn tại.',
} as const;
export type DbErrorCode = keyof typeof dbErrorMessages;

export class DbError extends Error {
  override readonly name = 'DbError';
  readonly code: DbErrorCode;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(
    code: DbErrorCode,
    message?: string,
    details: Record<string, unknown> = {},
    options?: ErrorOptions,
  ) {
    super(message ?? dbErrorMessages[code], options);
    this.code = code;
    this.details = details;
  }
}

export function isDbError(value: unknown, code?: DbErrorCode): value is DbError {
  return value instanceof DbError && (code === undefined || value.code === code);
}

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

type Mapped = { domain: ErrorCode } | { db: DbErrorCode };

/** Constraints whose violation has a specific meaning for the user. */
const byConstraint: Record<string, Mapped> = {
  ballot_receipts_round_id_unit_id_pk: { domain: 'ALREADY_VOTED' },
  written_opinions_round_id_unit_id_pk: { domain: 'ALREADY_VOTED' },
  assessment_scores_self: { domain: 'SCORE_OUT_OF_RANGE' },
  assessment_scores_reviewed: { domain: 'SCORE_OUT_OF_RANGE' },
  assessment_adjustments_self: { domain: 'SCORE_OUT_OF_RANGE' },
  assessment_adjustments_reviewed: { domain: 'SCORE_OUT_OF_RANGE' },
  assessment_scores_reason: { domain: 'REVIEW_REASON_REQUIRED' },
  assessment_adjustments_reason: { domain: 'REVIEW_REASON_REQUIRED' },
  assessment_scores_self_assessment_id_criterion_id_pk: { domain: 'DUPLICATE_SCORE_ENTRY' },
  review_responses_one_per_unit: { domain: 'ALREADY_RESPONDED' },
  bloc_leaderships_distinct: { domain: 'SAME_UNIT_HEAD_AND_DEPUTY' },
  bloc_leaderships_head_member_fk: { domain: 'NOT_A_MEMBER' },
  bloc_leaderships_deputy_member_fk: { domain: 'NOT_A_MEMBER' },
  officials_single_unit_head: { domain: 'OFFICIAL_OVERLAP' },
  officials_single_committee_chair: { domain: 'OFFICIAL_OVERLAP' },
  officials_single_bloc_secretary: { domain: 'OFFICIAL_OVERLAP' },
  evidence_files_size: { db: 'EVIDENCE_TOO_LARGE' },
  evidence_files_bytes_size: { db: 'EVIDENCE_TOO_LARGE' },
  evidence_files_type: { db: 'EVIDENCE_TYPE_NOT_ALLOWED' },
  decisions_number: { domain: 'DECISION_NUMBER_TAKEN' },
  documents_number_one_document: { db: 'DOCUMENT_NUMBER_TAKEN' },
  documents_one_current_version: { db: 'DOCUMENT_IMMUTABLE' },
  documents_group_version: { db: 'DOCUMENT_IMMUTABLE' },
};

/**
 * Turns a PostgreSQL refusal into a coded error the API can show; anything else is returned as is.
 * Triggers of the custom migration raise with HINT = one of our codes (or a domain code).
 */
export function translateDbError(error: unknown): unknown {
  if (error instanceof DomainError || error instanceof DbError) return error;
  const pgError = findPgError(error);
  if (!pgError) return error;
  const details = { constraint: pgError.constraint, table: pgError.table, sqlState: pgError.code };
  if (pgError.hint && Object.hasOwn(dbErrorMessages, pgError.hint)) {
    return new DbError(pgError.hint as DbErrorCode, undefined, details, { cause: error });
  }
  if (pgError.hint && isErrorCode(pgError.hint)) return new DomainError(pgError.hint, undefined, details);
  const mapped = pgError.constraint ? byConstraint[pgError.constraint] : undefined;
  if (mapped && 'domain' in mapped) {
    return new DomainError(mapped.domain, errorMessages[mapped.domain], details);
  }
  if (mapped) return new DbError(mapped.db, undefined, details, { cause: error });
  switch (pgError.code) {
    case '23505':
      return new DbError('DUPLICATE_ENTRY', undefined, details, { cause: error });
    case '23503':
      return new DbError('REFERENCE_MISSING', undefined, details, { cause: error });
    case '23502':
    case '23514':
    case '23P01':
      return new DbError('CONSTRAINT_VIOLATION', undefined, details, { cause: error });
    default:
      return error;
  }
}

/** Runs `fn`, rethrowing database refusals as coded errors. */
export async function withDbErrors<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw translateDbError(error);
  }
}
