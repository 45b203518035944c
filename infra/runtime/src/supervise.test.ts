import { createLogger } from '@thidua/config';
import { expect, test, vi } from 'vitest';
import { type SupervisedChild, supervise } from './supervise';

const logger = createLogger({ level: 'silent', format: 'json' });
const policy = { firstDelayMs: 10, maxDelayMs: 40, maxRestarts: 3, windowMs: 60_000 };

/** A child that dies when told to. */
function fakeChild() {
  let die!: () => void;
  const exited = new Promise<void>((resolve) => {
    die = resolve;
  });
  const child: SupervisedChild & { die: () => void } = { exited, stop: vi.fn(async () => die()), die };
  return child;
}

test('a child that dies is started again after a delay; a clean stop is not a death', async () => {
  const first = fakeChild();
  const second = fakeChild();
  const restart = vi.fn(async () => second);
  const onGiveUp = vi.fn();
  const resource = supervise({ name: 'PostgreSQL', first, restart, logger, onGiveUp, policy });
  first.die();
  await vi.waitFor(() => expect(restart).toHaveBeenCalledTimes(1));
  await resource.stop();
  expect(second.stop).toHaveBeenCalled();
  expect(restart).toHaveBeenCalledTimes(1);
  expect(onGiveUp).not.toHaveBeenCalled();
});

test('a failed restart is tried again with a growing delay', async () => {
  const first = fakeChild();
  const later = fakeChild();
  const restart = vi
    .fn<() => Promise<SupervisedChild>>()
    .mockRejectedValueOnce(new Error('port busy'))
    .mockResolvedValueOnce(later);
  const resource = supervise({ name: 'Temporal', first, restart, logger, onGiveUp: vi.fn(), policy });
  first.die();
  await vi.waitFor(() => expect(restart).toHaveBeenCalledTimes(2));
  await resource.stop();
  expect(later.stop).toHaveBeenCalled();
});

test('a child that keeps dying is given up on: the runtime is told to stop', async () => {
  const children = Array.from({ length: 5 }, fakeChild);
  let next = 1;
  const restart = vi.fn(async () => {
    const child = children[next++] as ReturnType<typeof fakeChild>;
    queueMicrotask(() => child.die());
    return child;
  });
  const onGiveUp = vi.fn();
  supervise({ name: 'PostgreSQL', first: children[0] as SupervisedChild, restart, logger, onGiveUp, policy });
  children[0]?.die();
  await vi.waitFor(() => expect(onGiveUp).toHaveBeenCalledTimes(1));
  expect(restart).toHaveBeenCalledTimes(3);
  expect(onGiveUp.mock.calls[0]?.[0]).toMatch(/PostgreSQL stopped 4 times within 1 minutes/);
});
