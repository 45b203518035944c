import type { Logger } from '@thidua/config';
import { Hono } from 'hono';
import { expect, test } from 'vitest';
import { requestLog } from './request-log';

type Line = { level: string; fields: Record<string, unknown>; message: string };

/** A logger at `level` that keeps what it was asked to write. */
function memoryLogger(level: 'info' | 'debug') {
  const lines: Line[] = [];
  const order = ['debug', 'info', 'warn', 'error'];
  const write = (l: string) => (fields: Record<string, unknown>, message: string) => {
    lines.push({ level: l, fields, message });
  };
  const logger = {
    isLevelEnabled: (l: string) => order.indexOf(l) >= order.indexOf(level),
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
  } as unknown as Logger;
  return { logger, lines };
}

function app(logger: Logger) {
  const a = new Hono();
  a.use(requestLog(logger, 50));
  a.get('/api/trpc/ok', (c) => c.json({ ok: true }));
  a.get('/api/trpc/slow', async (c) => {
    await new Promise((resolve) => setTimeout(resolve, 80));
    return c.json({ ok: true });
  });
  a.get('/api/trpc/refused', (c) => c.json({ error: 'no' }, 403));
  a.get('/api/trpc/broken', (c) => c.json({ error: 'boom' }, 500));
  a.get('/readyz', (c) => c.json({ status: 'not ready' }, 503));
  return a;
}

const paths = ['/api/trpc/ok', '/api/trpc/slow', '/api/trpc/refused', '/api/trpc/broken', '/readyz'];

test('at info, quick successes and probes write nothing; slow answers, refusals and failures do', async () => {
  const { logger, lines } = memoryLogger('info');
  const a = app(logger);
  for (const path of paths) await a.request(path);
  expect(lines.map((l) => [l.level, l.fields.path, l.fields.status, l.message])).toEqual([
    ['info', '/api/trpc/slow', 200, 'slow request'],
    ['warn', '/api/trpc/refused', 403, 'request'],
    ['error', '/api/trpc/broken', 500, 'request'],
  ]);
  expect(Object.keys(lines[0]?.fields ?? {}).sort()).toEqual(['method', 'ms', 'path', 'status']);
});

test('at debug, every request has its line', async () => {
  const { logger, lines } = memoryLogger('debug');
  const a = app(logger);
  for (const path of paths) await a.request(path);
  expect(lines.map((l) => [l.level, l.fields.path])).toEqual([
    ['debug', '/api/trpc/ok'],
    ['info', '/api/trpc/slow'],
    ['warn', '/api/trpc/refused'],
    ['error', '/api/trpc/broken'],
    ['debug', '/readyz'],
  ]);
});
