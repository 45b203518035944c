import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { answerOf } from '../errors/answer';

/**
 * Plain routes answer failures like tRPC does: the same stable code and Vietnamese message, in
 * `{ error: { code, message } }`, with the status of the answer's tRPC error.
 */
export function httpError(error: unknown): {
  status: number;
  body: { error: { code: string; message: string } };
} {
  const answer = answerOf(error);
  const status = getHTTPStatusCodeFromError(new TRPCError({ code: answer.status }));
  return { status, body: { error: { code: answer.code, message: answer.message } } };
}
