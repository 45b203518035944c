import { TRPCError } from '@trpc/server';
import { answerOf } from './answer';

/**
 * A failed procedure result as the tRPC error of its answer's class, so a refusal is a 4xx, never
 * the 500 tRPC makes of an unknown throw. The cause stays: the formatter reads the answer from it.
 */
export function toTRPCError(error: TRPCError): TRPCError {
  const answer = answerOf(error);
  if (answer.status === error.code) return error;
  return new TRPCError({ code: answer.status, message: answer.message, cause: error.cause });
}
