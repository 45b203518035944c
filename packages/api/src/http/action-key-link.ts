import { isTRPCClientError, type Operation, type TRPCLink } from '@trpc/client';
import type { AnyRouter } from '@trpc/server';
import { observable } from '@trpc/server/observable';
import { ACTION_KEY_HEADER } from './action-key';

/** Unknown outcomes kept for a retry; older ones are forgotten first. */
const PENDING_LIMIT = 100;

/**
 * The client half of action keys: each mutation is sent under the key of the user's action. When its
 * outcome is unknown (no answer, a 5xx, the workflow's answer not awaited) the key is kept, so the
 * same procedure sent again with the same input is the same action, which the server answers once;
 * an answer of any kind ends the action.
 */
export function actionKeyLink<TRouter extends AnyRouter>(): TRPCLink<TRouter> {
  const pending = new Map<string, string>();
  return () =>
    ({ op, next }) => {
      if (op.type !== 'mutation') return next(op);
      const signature = `${op.path}\n${JSON.stringify(op.input ?? null)}`;
      const actionKey = pending.get(signature) ?? newActionKey();
      pending.delete(signature);
      return observable((observer) =>
        next({ ...op, context: { ...op.context, actionKey } }).subscribe({
          next: (value) => observer.next(value),
          error: (error) => {
            if (outcomeUnknown(error)) {
              if (pending.size >= PENDING_LIMIT) pending.delete(pending.keys().next().value as string);
              pending.set(signature, actionKey);
            }
            observer.error(error);
          },
          complete: () => observer.complete(),
        }),
      );
    };
}

/** The action key header of an operation, for the http link's `headers` (none for queries). */
export function actionKeyHeader(op: Operation): Record<string, string> {
  const key = op.context.actionKey;
  return typeof key === 'string' ? { [ACTION_KEY_HEADER]: key } : {};
}

/** 128 random bits in hex (getRandomValues, unlike randomUUID, also works on a plain-http intranet page). */
function newActionKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join(
    '',
  );
}

function outcomeUnknown(error: unknown): boolean {
  if (!isTRPCClientError(error)) return true;
  const data = error.data as { code?: string; httpStatus?: number } | undefined;
  if (!data?.code) return true; // no answer from the server
  return data.code === 'WORKFLOW_UNAVAILABLE' || (data.httpStatus ?? 0) >= 500;
}
