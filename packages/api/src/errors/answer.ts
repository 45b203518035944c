import { translateDbError } from '@thidua/db';
import { DomainError, type ErrorCode, type ErrorStatus, errorCatalogue } from '@thidua/domain';
import { type TRPC_ERROR_CODE_KEY, TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import { codedIssue } from '../schemas/coded';
import { workflowRefusal } from './workflow';

/** What the client gets for a failure, whichever layer threw it. */
export interface ErrorAnswer {
  /** Stable catalogue code the client switches on: 'WRONG_PHASE', 'ALREADY_VOTED', 'INVALID_INPUT', … */
  code: ErrorCode;
  /** Vietnamese, to show as is. */
  message: string;
  /** tRPC's error code; the HTTP status follows from it. */
  status: TRPC_ERROR_CODE_KEY;
  /** The same request, repeated unchanged later, may succeed. */
  retryable: boolean;
  /** Refusal details for the UI (e.g. every scoring issue); never SQL, a stack or a fault's text. */
  details: Record<string, unknown> | null;
}

/** The catalogue's answer classes are tRPC error codes: a class tRPC does not know fails to compile. */
const trpcCodeOf = (status: ErrorStatus): TRPC_ERROR_CODE_KEY => status;

/** The code for tRPC's own refusals (a malformed request, an unknown procedure), which carry none. */
const byTrpcCode: Partial<Record<TRPC_ERROR_CODE_KEY, ErrorCode>> = {
  PARSE_ERROR: 'INVALID_INPUT',
  BAD_REQUEST: 'INVALID_INPUT',
  METHOD_NOT_SUPPORTED: 'INVALID_INPUT',
  UNAUTHORIZED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN_ROLE',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  PAYLOAD_TOO_LARGE: 'FILE_TOO_LARGE',
  TOO_MANY_REQUESTS: 'LOGIN_LOCKED',
};

/**
 * Anything thrown, as a coded refusal when it is one we understand: a DomainError of any layer, an
 * input refused by its schema, a refusal or failure of the cycle workflow, a PostgreSQL refusal.
 */
function refusalOf(error: unknown): DomainError | undefined {
  if (error instanceof DomainError) return error;
  if (error instanceof TRPCError) return error.cause === undefined ? undefined : refusalOf(error.cause);
  if (error instanceof ZodError) {
    // A check coded with a catalogue code keeps it, and names the field for the form.
    const issue = codedIssue(error);
    return issue
      ? new DomainError(issue.code, issue.message, { field: issue.path })
      : new DomainError('INVALID_INPUT');
  }
  const workflow = workflowRefusal(error);
  if (workflow) return workflow;
  const translated = translateDbError(error);
  return translated instanceof DomainError ? translated : undefined;
}

/** The answer to a coded refusal: its class from the catalogue; a fault shows the catalogue's words only. */
export function answerTo(refusal: DomainError): ErrorAnswer {
  const entry = errorCatalogue[refusal.code];
  const fault = entry.status === 'INTERNAL_SERVER_ERROR';
  const details = Object.keys(refusal.details).length > 0 && !fault ? { ...refusal.details } : null;
  return {
    code: refusal.code,
    message: fault ? entry.message : refusal.message,
    status: trpcCodeOf(entry.status),
    retryable: entry.retryable,
    details,
  };
}

/**
 * The one mapping from a failure to the API's answer, for tRPC procedures and plain routes alike.
 * Unknown failures are INTERNAL: their text stays in the server log.
 */
export function answerOf(error: unknown): ErrorAnswer {
  const refusal = refusalOf(error);
  if (refusal) return answerTo(refusal);
  if (error instanceof TRPCError) {
    // tRPC's own refusal keeps its status (405 for a wrong method), under the catalogue's code and words.
    return { ...answerTo(new DomainError(byTrpcCode[error.code] ?? 'INTERNAL')), status: error.code };
  }
  return answerTo(new DomainError('INTERNAL'));
}
