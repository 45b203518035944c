import type { Logger } from '@thidua/config';
import type { Resource } from './lifecycle';

/** A running child the supervisor watches: `exited` settles when it stops for any reason. */
export interface SupervisedChild {
  exited: Promise<unknown>;
  stop(): Promise<void>;
  kill?(): void;
}

export interface RestartPolicy {
  /** The wait before the first restart; it doubles after each failed attempt… */
  firstDelayMs: number;
  /** …up to this. */
  maxDelayMs: number;
  /** More restarts than this within `windowMs` and the supervisor gives up. */
  maxRestarts: number;
  windowMs: number;
}

const defaultRestartPolicy: RestartPolicy = {
  firstDelayMs: 1_000,
  maxDelayMs: 30_000,
  maxRestarts: 5,
  windowMs: 10 * 60_000,
};

/**
 * Keeps an embedded service (PostgreSQL, the Temporal dev server) running: when its process dies
 * unasked, it is started again after a growing delay, on the same port and data, so the API's and
 * the worker's connections find it again. A service that keeps dying (more than `maxRestarts`
 * restarts within `windowMs`) is given up on: `onGiveUp` stops the runtime, which exits non-zero,
 * and whatever supervises the process (systemd, Docker, a person) sees it instead of a runtime
 * that stays up, degraded, forever.
 */
export function supervise(options: {
  name: string;
  first: SupervisedChild;
  restart: () => Promise<SupervisedChild>;
  logger: Logger;
  onGiveUp: (reason: string) => void;
  policy?: RestartPolicy;
}): Resource {
  const { name, logger } = options;
  const policy = options.policy ?? defaultRestartPolicy;
  let current: SupervisedChild | undefined = options.first;
  let stopping = false;
  const restarts: number[] = [];
  let wake: (() => void) | undefined;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const watch = (child: SupervisedChild) => {
    void child.exited.then(
      () => onExit(child),
      () => onExit(child),
    );
  };

  const onExit = async (child: SupervisedChild) => {
    if (stopping || current !== child) return;
    current = undefined;
    logger.error(`${name} stopped unexpectedly: restarting it`);
    let delay = policy.firstDelayMs;
    while (!stopping) {
      const now = Date.now();
      while (restarts.length > 0 && (restarts[0] as number) < now - policy.windowMs) restarts.shift();
      if (restarts.length >= policy.maxRestarts) {
        options.onGiveUp(
          `${name} stopped ${restarts.length + 1} times within ${policy.windowMs / 60_000} minutes`,
        );
        return;
      }
      restarts.push(now);
      await sleep(delay);
      if (stopping) return;
      try {
        const next = await options.restart();
        if (stopping) {
          await next.stop();
          return;
        }
        current = next;
        logger.info({ restarts: restarts.length }, `${name} restarted`);
        watch(next);
        return;
      } catch (error) {
        logger.error(
          { err: error, retryInMs: Math.min(delay * 2, policy.maxDelayMs) },
          `${name} did not restart`,
        );
        delay = Math.min(delay * 2, policy.maxDelayMs);
      }
    }
  };

  watch(options.first);
  return {
    name,
    async stop() {
      stopping = true;
      wake?.();
      await current?.stop();
    },
    kill() {
      stopping = true;
      current?.kill?.();
    },
  };
}
