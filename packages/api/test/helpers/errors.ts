import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { expect } from 'vitest';
import { answerOf } from '../../src/errors/answer';

/** The stable code a failed call carries (what the client reads as `error.data.code`). */
export function codeOf(error: unknown): string {
  return error instanceof TRPCError ? answerOf(error).code : `not a TRPCError: ${String(error)}`;
}

export function statusOf(error: unknown): number {
  return error instanceof TRPCError ? getHTTPStatusCodeFromError(error) : 500;
}

/** Runs `call`, expecting a refusal with `code`; returns the error. */
export async function refused(call: Promise<unknown>, code: string): Promise<TRPCError> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, `expected ${code}`).toBeInstanceOf(TRPCError);
  expect(codeOf(error)).toBe(code);
  return error as TRPCError;
}
