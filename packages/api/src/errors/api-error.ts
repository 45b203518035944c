import type { TRPC_ERROR_CODE_KEY } from '@trpc/server';
import { messageFor } from './codes';
import { trpcCodeFor } from './trpc-code';

/**
 * A refusal with a stable code and a Vietnamese message, from whichever layer (domain, db, workflow,
 * api). `toTRPCError` turns it into the error the client sees.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly code: string;
  readonly trpcCode: TRPC_ERROR_CODE_KEY;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(
    code: string,
    message?: string,
    details: Record<string, unknown> = {},
    trpcCode?: TRPC_ERROR_CODE_KEY,
  ) {
    super(message ?? messageFor(code));
    this.code = code;
    this.trpcCode = trpcCode ?? trpcCodeFor(code);
    this.details = details;
  }
}

export const refuse = (code: string, message?: string, details?: Record<string, unknown>): never => {
  throw new ApiError(code, message, details);
};

export const notFound = (what = 'Không tìm thấy dữ liệu yêu cầu.'): never => {
  throw new ApiError('NOT_FOUND', what);
};
