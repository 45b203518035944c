import type { ErrorData } from '@thidua/api';
import type { ErrorCode } from '@thidua/domain';
import { TRPCClientError } from '@trpc/client';
import { t } from '../i18n';

function errorData(error: unknown): ErrorData | undefined {
  return error instanceof TRPCClientError ? (error.data as ErrorData | undefined) : undefined;
}

/** The catalogue code of a failed call (@thidua/domain errorCatalogue); undefined when nothing answered. */
export function errorCode(error: unknown): ErrorCode | undefined {
  if (error instanceof HttpError) return error.code;
  return errorData(error)?.code;
}

/** A failed plain HTTP call (uploads, downloads) that answered with the API's `{ code, message }`. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | undefined,
    message: string,
  ) {
    super(message);
  }
}

const byCode: Partial<Record<ErrorCode, string>> = t.errors.byCode;

/**
 * The Vietnamese sentence to show for a failure: the UI's wording for a code when it has one, else the
 * server's message (already Vietnamese, from the code catalogue), else a generic sentence.
 */
export function errorMessage(error: unknown): string {
  if (error instanceof HttpError) return error.message || t.common.unexpectedError;
  if (error instanceof TRPCClientError) {
    const data = errorData(error);
    if (!data) return t.errors.network; // fetch failed: no answer at all
    const override = data.code ? byCode[data.code] : undefined;
    if (override) return override;
    const fieldMessages = Object.values(data.zodError?.fieldErrors ?? {}).flat();
    if (fieldMessages.length > 0) return fieldMessages.join(' ');
    return error.message || t.common.unexpectedError;
  }
  if (error instanceof TypeError) return t.errors.network;
  return t.common.unexpectedError;
}
