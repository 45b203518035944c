import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { messageFor } from '../errors/codes';
import { asApiError } from '../errors/to-trpc';

/**
 * Plain routes answer refusals like tRPC does: the same stable code and Vietnamese message, in
 * `{ error: { code, message } }`, with the status of the code's tRPC error.
 */
export function httpError(error: unknown): {
  status: number;
  body: { error: { code: string; message: string } };
} {
  const refusal = asApiError(error);
  if (!refusal) {
    return { status: 500, body: { error: { code: 'INTERNAL', message: messageFor('INTERNAL') } } };
  }
  const status = getHTTPStatusCodeFromError(new TRPCError({ code: refusal.trpcCode }));
  return { status, body: { error: { code: refusal.code, message: refusal.message } } };
}
