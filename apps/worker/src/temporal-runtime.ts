import { Runtime } from '@temporalio/worker';
import type { Logger } from '@thidua/config';
import { temporalMetricsTelemetry } from '@thidua/telemetry';
import { toTemporalLogger } from './temporal-logger';

let installed = false;

/**
 * Installs the process-wide Temporal runtime once, before the first NativeConnection. Its default
 * handlers would shut workers down on SIGINT/SIGTERM by themselves; the process entry point owns the
 * shutdown order instead. With `metricsPort`, the runtime serves its metrics for Prometheus there.
 */
export function installTemporalRuntime(logger: Logger, metricsPort?: number): void {
  if (installed) return;
  installed = true;
  try {
    Runtime.install({
      logger: toTemporalLogger(logger),
      shutdownSignals: [],
      ...temporalMetricsTelemetry(metricsPort),
    });
  } catch {
    // Already created elsewhere in this process (e.g. by a test harness): keep that one.
  }
}
