import { DomainError, type ErrorCode } from '@thidua/domain';

/**
 * A builder's refusal of inconsistent data: a catalogue code, a Vietnamese message for the
 * secretariat, and the path of the offending field in the input, for the UI to highlight.
 */
export class DocumentDataError extends DomainError {
  override readonly name: string = 'DocumentDataError';
  constructor(
    code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(code, message, field === undefined ? {} : { field });
  }
}
