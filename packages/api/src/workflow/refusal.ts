import {
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
  WorkflowUpdateRPCTimeoutOrCancelledError,
} from '@temporalio/client';
import { ApplicationFailure, TemporalFailure } from '@temporalio/common';
import { ApiError } from '../errors/api-error';
import { messageFor } from '../errors/codes';

/**
 * A failed Update as the API's coded error. The workflow refuses with ApplicationFailure whose
 * `type` is the stable code and whose message is Vietnamese; both go to the user unchanged.
 */
export function refusalOf(error: unknown): ApiError | undefined {
  if (error instanceof ApiError) return error;
  if (error instanceof WorkflowNotFoundError) return new ApiError('CYCLE_NOT_STARTED');
  if (error instanceof WorkflowUpdateRPCTimeoutOrCancelledError) return new ApiError('WORKFLOW_UNAVAILABLE');
  const failure = error instanceof WorkflowUpdateFailedError ? error.cause : error;
  if (failure instanceof ApplicationFailure && failure.type) {
    const details = failure.details?.[0];
    const code = failure.type === 'INTERNAL' ? 'INTERNAL' : failure.type;
    return new ApiError(
      code,
      failure.message || messageFor(code),
      details && typeof details === 'object' ? (details as Record<string, unknown>) : {},
    );
  }
  if (failure instanceof TemporalFailure) return new ApiError('INTERNAL');
  return undefined;
}

/** The workflows client helper's `{ code, message }` as the API's error. */
export function fromStepError(error: { code: string; message: string; details?: unknown }): ApiError {
  const details =
    error.details && typeof error.details === 'object' ? (error.details as Record<string, unknown>) : {};
  return new ApiError(error.code, error.message || messageFor(error.code), details);
}
