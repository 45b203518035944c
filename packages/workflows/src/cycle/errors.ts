import { ActivityFailure, ApplicationFailure } from '@temporalio/common';
import { DomainError, type ErrorCode, errorMessages } from '@thidua/domain';

/**
 * A refusal the API maps to its answer: `type` is the code of the one catalogue (@thidua/domain),
 * the message Vietnamese, the catalogue's unless the refusal says more. Final: the same step with
 * the same input is refused again (whether the user may simply try later is the catalogue's to say).
 */
export function refusal(
  code: ErrorCode,
  message?: string,
  details?: Record<string, unknown>,
): ApplicationFailure {
  return ApplicationFailure.create({
    type: code,
    message: message ?? errorMessages[code],
    nonRetryable: true,
    details: details ? [details] : undefined,
  });
}

export function refuse(code: ErrorCode, message?: string, details?: Record<string, unknown>): never {
  throw refusal(code, message, details);
}

/**
 * Anything a validator or handler throws becomes an ApplicationFailure: a plain Error thrown from an
 * update handler would fail the workflow task instead of the Update.
 */
export function asFailure(error: unknown): ApplicationFailure {
  if (error instanceof ApplicationFailure) return error;
  if (error instanceof DomainError) return refusal(error.code, error.message, { ...error.details });
  if (error instanceof ActivityFailure && error.cause instanceof ApplicationFailure) return error.cause;
  const message = error instanceof Error ? error.message : String(error);
  return refusal('INTERNAL', undefined, { cause: message });
}

/** Runs `fn`, rethrowing whatever it throws as a coded ApplicationFailure. */
export function guarded<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw asFailure(error);
  }
}
