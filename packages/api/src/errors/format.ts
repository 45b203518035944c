import type { TRPC_ERROR_CODE_KEY, TRPCError } from '@trpc/server';
import { ZodError, z } from 'zod';
import { ApiError } from './api-error';
import { isCatalogued, messageFor } from './codes';

/** The stable code for errors that carry none of their own (tRPC's, zod's). */
const fallback: Partial<Record<TRPC_ERROR_CODE_KEY, string>> = {
  PARSE_ERROR: 'INVALID_INPUT',
  BAD_REQUEST: 'INVALID_INPUT',
  UNAUTHORIZED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN_ROLE',
  NOT_FOUND: 'NOT_FOUND',
  METHOD_NOT_SUPPORTED: 'INVALID_INPUT',
  PAYLOAD_TOO_LARGE: 'FILE_TOO_LARGE',
  CONFLICT: 'CONFLICT',
  TOO_MANY_REQUESTS: 'LOGIN_LOCKED',
};

export interface ErrorData {
  /** Stable code the client switches on: 'WRONG_PHASE', 'ALREADY_VOTED', 'INVALID_INPUT', … */
  code: string;
  /** tRPC's own code ('PRECONDITION_FAILED'); the HTTP status follows from it. */
  trpcCode: TRPC_ERROR_CODE_KEY;
  httpStatus: number;
  path: string | undefined;
  /** Refusal details for the UI (e.g. every scoring issue); never SQL or stack. */
  details: Record<string, unknown> | null;
  /** Field messages when the input failed its schema. */
  zodError: ReturnType<typeof z.flattenError> | null;
}

export function formatError(
  error: TRPCError,
  shape: { message: string; code: number; data: { httpStatus: number; path?: string | undefined } },
) {
  const cause = error.cause;
  const internal = error.code === 'INTERNAL_SERVER_ERROR';
  const zodError = cause instanceof ZodError ? z.flattenError(cause) : null;
  const code =
    cause instanceof ApiError ? cause.code : (fallback[error.code] ?? (internal ? 'INTERNAL' : error.code));
  // Unknown failures keep their text in the server log only; zod's raw text is JSON, not a sentence.
  const own = cause instanceof ApiError && !internal;
  const message = own ? error.message : messageFor(isCatalogued(code) ? code : 'INTERNAL');
  const data: ErrorData = {
    code,
    trpcCode: error.code,
    httpStatus: shape.data.httpStatus,
    path: shape.data.path,
    details: cause instanceof ApiError && Object.keys(cause.details).length > 0 ? { ...cause.details } : null,
    zodError,
  };
  return { message, code: shape.code, data };
}
