import {
  WorkflowExecutionAlreadyStartedError,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
  WorkflowUpdateRPCTimeoutOrCancelledError,
} from '@temporalio/client';
import { ApplicationFailure, TemporalFailure } from '@temporalio/common';
import { DomainError, isErrorCode } from '@thidua/domain';

/**
 * What a call to the cycle workflow threw, as a coded refusal; undefined when it is no Temporal
 * error. The workflow refuses with an ApplicationFailure whose `type` is the catalogue code and whose
 * message is Vietnamese (packages/workflows/src/cycle/errors.ts): both reach the user unchanged.
 * A failure under a type the catalogue does not know is a fault: INTERNAL, its text kept for the log.
 */
export function workflowRefusal(error: unknown): DomainError | undefined {
  if (error instanceof WorkflowExecutionAlreadyStartedError) return new DomainError('CYCLE_ALREADY_STARTED');
  if (error instanceof WorkflowNotFoundError) return new DomainError('CYCLE_NOT_STARTED');
  if (error instanceof WorkflowUpdateRPCTimeoutOrCancelledError) {
    return new DomainError('WORKFLOW_UNAVAILABLE', undefined, {}, { cause: error });
  }
  const failure = error instanceof WorkflowUpdateFailedError ? error.cause : error;
  if (failure instanceof ApplicationFailure && isErrorCode(failure.type)) {
    const [details] = failure.details ?? [];
    return new DomainError(
      failure.type,
      failure.message || undefined,
      details && typeof details === 'object' ? (details as Record<string, unknown>) : {},
      { cause: error },
    );
  }
  if (failure instanceof TemporalFailure || error instanceof WorkflowUpdateFailedError) {
    return new DomainError('INTERNAL', undefined, {}, { cause: error });
  }
  return undefined;
}
