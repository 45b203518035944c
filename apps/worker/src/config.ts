import {
  env,
  loggingEnv,
  parseEnv,
  type TemporalConfig,
  temporalEnv,
  toTemporalConfig,
} from '@thidua/config';
import { loadTelemetryConfig, type TelemetryConfig } from '@thidua/telemetry';
import { DEFAULT_TASK_QUEUE } from '@thidua/workflows';
import { z } from 'zod';

const schema = z.object({
  DATABASE_URL: env.required(env.postgresUrl),
  ...temporalEnv,
  TEMPORAL_TASK_QUEUE: env.withDefault(env.nonEmpty, DEFAULT_TASK_QUEUE),
  ...loggingEnv,
});

export interface WorkerConfig {
  databaseUrl: string;
  temporal: TemporalConfig;
  taskQueue: string;
  log: { level: string; format?: 'pretty' | 'json' | undefined };
  /** Tracing (OTEL_EXPORTER_OTLP_ENDPOINT) and Prometheus metrics (THIDUA_METRICS_PORT). */
  telemetry?: TelemetryConfig;
}

export function loadWorkerConfig(source: NodeJS.ProcessEnv = process.env): WorkerConfig {
  const parsed = parseEnv(schema, source);
  return {
    databaseUrl: parsed.DATABASE_URL,
    temporal: toTemporalConfig(parsed),
    taskQueue: parsed.TEMPORAL_TASK_QUEUE,
    log: { level: parsed.THIDUA_LOG_LEVEL, format: parsed.THIDUA_LOG_FORMAT },
    telemetry: loadTelemetryConfig(source, 'thidua-worker'),
  };
}
