import { createTRPCClient, TRPCClientError, type TRPCLink } from '@trpc/client';
import { initTRPC } from '@trpc/server';
import { observable } from '@trpc/server/observable';
import { expect, test } from 'vitest';
import { z } from 'zod';
import { actionKeyMalformed, actionUpdateId, readActionKey } from './action-key';
import { actionKeyHeader, actionKeyLink } from './action-key-link';

test('an action key is 16–64 letters, digits or hyphens; anything else is malformed', () => {
  const headers = (key?: string) => new Headers(key === undefined ? {} : { 'x-thidua-action': key });
  expect(readActionKey(headers('0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0'))).toBe(
    '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0',
  );
  expect(readActionKey(headers())).toBeUndefined();
  expect(actionKeyMalformed(headers())).toBe(false);
  for (const bad of ['short', 'x'.repeat(65), 'khoa_co_gach_duoi_0001', 'a b c d e f g h i j', '']) {
    expect(readActionKey(headers(bad))).toBeUndefined();
    expect(actionKeyMalformed(headers(bad))).toBe(true);
  }
  expect(actionUpdateId('lockScores', 'u-1', 'k'.repeat(16))).toBe(`lockScores:u-1:${'k'.repeat(16)}`);
});

const t = initTRPC.create();
const router = t.router({ step: t.procedure.input(z.object({ n: z.number() })).mutation(() => 'ok') });

/** A client whose server answers as `answer` says, recording the action key of each request. */
function clientAnswering(answer: (attempt: number) => 'ok' | 'lost' | 'refused' | 'unavailable') {
  const keys: (string | undefined)[] = [];
  const server: TRPCLink<typeof router> =
    () =>
    ({ op }) =>
      observable((observer) => {
        keys.push(actionKeyHeader(op)['x-thidua-action']);
        const outcome = answer(keys.length);
        if (outcome === 'ok') {
          observer.next({ result: { type: 'data', data: 'ok' } });
          observer.complete();
          return;
        }
        const data =
          outcome === 'lost'
            ? undefined
            : outcome === 'refused'
              ? { code: 'ALREADY_SIGNED', httpStatus: 409 }
              : { code: 'WORKFLOW_UNAVAILABLE', httpStatus: 503 };
        observer.error(new TRPCClientError('failed', { result: { error: { data } } as never }));
      });
  return { keys, client: createTRPCClient<typeof router>({ links: [actionKeyLink(), server] }) };
}

test('a step whose outcome is unknown is sent again under the same key; an answer ends the action', async () => {
  const script = ['lost', 'unavailable', 'ok', 'ok', 'refused', 'ok'] as const;
  const { keys, client } = clientAnswering((attempt) => script[attempt - 1] ?? 'ok');
  const send = (n: number) => client.step.mutate({ n }).catch(() => 'failed');
  expect(await send(1)).toBe('failed'); // no answer
  expect(await send(1)).toBe('failed'); // the workflow's answer not awaited
  expect(await send(1)).toBe('ok');
  expect(await send(1)).toBe('ok'); // answered before: a new action
  expect(await send(1)).toBe('failed'); // refused: the user's next try is a new action
  expect(await send(1)).toBe('ok');
  const [first, second, third, fourth, fifth, sixth] = keys;
  expect(first).toMatch(/^[0-9a-f]{32}$/);
  expect([second, third]).toEqual([first, first]);
  expect(new Set([first, fourth, fifth, sixth]).size).toBe(4);
});

test('another input is another action, even while one is unanswered', async () => {
  const { keys, client } = clientAnswering((attempt) => (attempt === 1 ? 'lost' : 'ok'));
  await client.step.mutate({ n: 1 }).catch(() => undefined);
  await client.step.mutate({ n: 2 });
  await client.step.mutate({ n: 1 });
  expect(keys[1]).not.toBe(keys[0]);
  expect(keys[2]).toBe(keys[0]);
});
