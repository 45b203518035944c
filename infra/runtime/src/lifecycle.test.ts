import { createLogger } from '@thidua/config';
import { expect, test } from 'vitest';
import { Lifecycle } from './lifecycle';

const logger = createLogger({ level: 'silent', format: 'json' });

function recorder() {
  const events: string[] = [];
  const resource = (name: string) => ({
    name,
    stop: async () => {
      events.push(`stop ${name}`);
    },
    kill: () => events.push(`kill ${name}`),
  });
  return { events, resource };
}

test('stops in reverse order of start: HTTP server, worker, Temporal, PostgreSQL', async () => {
  const { events, resource } = recorder();
  const lifecycle = new Lifecycle(logger);
  for (const name of ['postgres', 'temporal', 'worker', 'http']) lifecycle.add(resource(name));
  await lifecycle.stop();
  expect(events).toEqual(['stop http', 'stop worker', 'stop temporal', 'stop postgres']);
  await lifecycle.stopRequested;
});

test('a resource that finishes starting after the stop request is stopped too', async () => {
  const { events, resource } = recorder();
  const lifecycle = new Lifecycle(logger);
  lifecycle.add(resource('postgres'));
  await lifecycle.stop();
  lifecycle.add(resource('temporal'));
  await lifecycle.stop();
  expect(events).toEqual(['stop postgres', 'stop temporal']);
});

test('a failing stop does not keep the rest running', async () => {
  const { events, resource } = recorder();
  const lifecycle = new Lifecycle(logger);
  lifecycle.add(resource('postgres'));
  lifecycle.add({ name: 'worker', stop: () => Promise.reject(new Error('boom')) });
  await lifecycle.stop();
  expect(events).toEqual(['stop postgres']);
});

test('kill reaches what is still running, including the one being stopped', async () => {
  const { events, resource } = recorder();
  const lifecycle = new Lifecycle(logger);
  lifecycle.add(resource('postgres'));
  lifecycle.add({
    name: 'temporal',
    stop: () => new Promise(() => {}),
    kill: () => events.push('kill temporal'),
  });
  void lifecycle.stop();
  await new Promise((resolve) => setTimeout(resolve, 10));
  lifecycle.kill();
  expect(events).toEqual(['kill temporal', 'kill postgres']);
});
