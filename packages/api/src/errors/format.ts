import type { TRPC_ERROR_CODE_KEY, TRPCError } from '@trpc/server';
import { ZodError, z } from 'zod';
import { answerOf, type ErrorAnswer } from './answer';

export interface ErrorData {
  /** Stable code the client switches on: 'WRONG_PHASE', 'ALREADY_VOTED', 'INVALID_INPUT', … */
  code: ErrorAnswer['code'];
  /** tRPC's own code ('PRECONDITION_FAILED'); the HTTP status follows from it. */
  trpcCode: TRPC_ERROR_CODE_KEY;
  httpStatus: number;
  path: string | undefined;
  /** The same request, repeated unchanged later, may succeed. */
  retryable: boolean;
  /** Refusal details for the UI (e.g. every scoring issue); never SQL or stack. */
  details: Record<string, unknown> | null;
  /** Field messages when the input failed its schema. */
  zodError: { formErrors: string[]; fieldErrors: Record<string, string[] | undefined> } | null;
}

/** tRPC's error shape with the answer's code and Vietnamese message (toTRPCError set the status). */
export function formatError(
  error: TRPCError,
  shape: { message: string; code: number; data: { httpStatus: number; path?: string | undefined } },
) {
  const answer = answerOf(error);
  const data: ErrorData = {
    code: answer.code,
    trpcCode: error.code,
    httpStatus: shape.data.httpStatus,
    path: shape.data.path,
    retryable: answer.retryable,
    details: answer.details,
    zodError: error.cause instanceof ZodError ? z.flattenError(error.cause) : null,
  };
  return { message: answer.message, code: shape.code, data };
}
