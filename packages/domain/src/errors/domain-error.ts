import { type ErrorCode, errorCatalogue } from './catalogue';

export type ErrorDetails = Readonly<Record<string, unknown>>;

/**
 * The one error class of every layer: a refusal under a catalogue code. `message` is Vietnamese and
 * may be more specific than the catalogue's; `details` are for the screen (never SQL or a stack).
 */
export class DomainError extends Error {
  override readonly name: string = 'DomainError';
  readonly code: ErrorCode;
  readonly details: ErrorDetails;

  constructor(code: ErrorCode, message?: string, details: ErrorDetails = {}, options?: ErrorOptions) {
    super(message ?? errorCatalogue[code].message, options);
    this.code = code;
    this.details = details;
  }
}

export function domainError(code: ErrorCode, message?: string, details?: ErrorDetails): DomainError {
  return new DomainError(code, message, details);
}

export function isDomainError(value: unknown, code?: ErrorCode): value is DomainError {
  return value instanceof DomainError && (code === undefined || value.code === code);
}

/** The plain, serialisable shape that crosses workflow and HTTP boundaries. */
export interface ErrorPayload {
  code: ErrorCode;
  message: string;
  details: ErrorDetails;
}

export function toErrorPayload(error: DomainError): ErrorPayload {
  return { code: error.code, message: error.message, details: error.details };
}

export function fromErrorPayload(payload: ErrorPayload): DomainError {
  return new DomainError(payload.code, payload.message, payload.details);
}

/** Throws the first error of a list, carrying all of them in `details.issues`. */
export function throwFirst(errors: readonly DomainError[]): void {
  const [first] = errors;
  if (!first) return;
  if (errors.length === 1) throw first;
  throw new DomainError(first.code, first.message, {
    ...first.details,
    issues: errors.map(toErrorPayload),
  });
}
