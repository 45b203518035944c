import { env, parseEnv, type ServiceConfig, serviceEnv, toServiceConfig } from '@thidua/config';
import { loadTelemetryConfig, type TelemetryConfig } from '@thidua/telemetry';
import { DEFAULT_TASK_QUEUE } from '@thidua/workflows';
import { z } from 'zod';

/**
 * Cycles kept in the worker's memory between their workflow tasks. Measured with `npm run bench`
 * (bench/RESULTS.md): a cached cycle holds its current run only (a run per stretch of the year,
 * RUN_STARTING_PHASES in the workflows package), ~0.35 MiB of the workflow thread's heap in the
 * conference; the 1,000-bloc run on 400 peaked at 866 MiB (1,211 when a year was one run). A cycle
 * pushed out replays its current run's history when its next task comes.
 */
export const DEFAULT_WORKFLOW_CACHE_SIZE = 400;

/** What a worker process can run: the cycle workflows with their steps, and the year's records. */
export const workerParts = ['cycles', 'records'] as const;
export type WorkerPart = (typeof workerParts)[number];

const CACHE_SIZE = 'expected a whole number of cycles, 1 or more';
const TRUE_OR_FALSE = 'expected true or false';
const schema = z.object({
  ...serviceEnv(DEFAULT_TASK_QUEUE),
  THIDUA_WORKFLOW_CACHE_SIZE: env.withDefault(
    z.coerce.number({ error: CACHE_SIZE }).int(CACHE_SIZE).min(1, CACHE_SIZE),
    DEFAULT_WORKFLOW_CACHE_SIZE,
  ),
  // Read by the Temporal SDK itself (tooling/patches): checked here, so a value it would not take stops
  // the start instead of being ignored.
  THIDUA_WORKFLOW_STACK_TRACES: env.withDefault(z.enum(['true', 'false'], { error: TRUE_OR_FALSE }), 'false'),
});

export interface WorkerConfig extends ServiceConfig {
  /** Tracing (OTEL_EXPORTER_OTLP_ENDPOINT) and Prometheus metrics (THIDUA_METRICS_PORT). */
  telemetry?: TelemetryConfig;
  /**
   * Workflows kept in memory between tasks (THIDUA_WORKFLOW_CACHE_SIZE): bounds the worker's memory;
   * DEFAULT_WORKFLOW_CACHE_SIZE when omitted.
   */
  workflowCacheSize?: number;
}

export function loadWorkerConfig(source: NodeJS.ProcessEnv = process.env): WorkerConfig {
  const parsed = parseEnv(schema, source);
  return {
    ...toServiceConfig(parsed),
    telemetry: loadTelemetryConfig(source, 'thidua-worker'),
    workflowCacheSize: parsed.THIDUA_WORKFLOW_CACHE_SIZE,
  };
}
