import { TRPCError } from '@trpc/server';
import { answerOf } from './answer';

/**
 * A failed procedure result as the tRPC error of its answer: the class of its code (a refusal is a
 * 4xx, never the 500 tRPC makes of an unknown throw) and its Vietnamese message, for in-process
 * callers too. The cause stays: the formatter reads the answer from it.
 */
export function toTRPCError(error: TRPCError): TRPCError {
  const answer = answerOf(error);
  if (answer.status === error.code && answer.message === error.message) return error;
  return new TRPCError({ code: answer.status, message: answer.message, cause: error.cause });
}
