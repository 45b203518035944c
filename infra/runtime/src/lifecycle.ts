import type { Logger } from '@thidua/config';

export interface Resource {
  name: string;
  /** Orderly stop. */
  stop(): Promise<void>;
  /** Last resort on a second Ctrl-C: kill at once, synchronously. */
  kill?(): void;
}

/**
 * What this process started, stopped in reverse order (HTTP server, worker, Temporal, PostgreSQL).
 * A resource that finishes starting after a stop was requested is stopped as soon as it is added.
 */
export class Lifecycle {
  readonly #stack: Resource[] = [];
  /** Added and not yet stopped, including the one stopping right now. */
  readonly #live = new Set<Resource>();
  readonly #logger: Logger;
  #chain: Promise<void> | undefined;
  #onRequested!: () => void;
  /** Settles when a stop is first asked for (a signal, or a component failing). */
  readonly stopRequested = new Promise<void>((resolve) => {
    this.#onRequested = resolve;
  });

  constructor(logger: Logger) {
    this.#logger = logger;
  }

  get stopping(): boolean {
    return this.#chain !== undefined;
  }

  add(resource: Resource): void {
    this.#stack.push(resource);
    this.#live.add(resource);
    if (this.#chain) void this.stop();
  }

  /** Stops everything added so far; call again after late additions, it only stops what is left. */
  stop(): Promise<void> {
    this.#onRequested();
    this.#chain = (this.#chain ?? Promise.resolve()).then(() => this.#drain());
    return this.#chain;
  }

  kill(): void {
    this.#stack.length = 0;
    for (const resource of [...this.#live].reverse()) {
      this.#live.delete(resource);
      try {
        resource.kill?.();
      } catch {}
    }
  }

  async #drain(): Promise<void> {
    for (let resource = this.#stack.pop(); resource; resource = this.#stack.pop()) {
      const started = Date.now();
      try {
        await resource.stop();
        this.#logger.info({ ms: Date.now() - started }, `${resource.name} stopped`);
      } catch (error) {
        this.#logger.error({ err: error }, `${resource.name} did not stop cleanly`);
      }
      this.#live.delete(resource);
    }
  }
}
