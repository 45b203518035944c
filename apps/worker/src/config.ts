import { parseEnv, type ServiceConfig, serviceEnv, toServiceConfig } from '@thidua/config';
import { loadTelemetryConfig, type TelemetryConfig } from '@thidua/telemetry';
import { DEFAULT_TASK_QUEUE } from '@thidua/workflows';
import { z } from 'zod';

const schema = z.object(serviceEnv(DEFAULT_TASK_QUEUE));

export interface WorkerConfig extends ServiceConfig {
  /** Tracing (OTEL_EXPORTER_OTLP_ENDPOINT) and Prometheus metrics (THIDUA_METRICS_PORT). */
  telemetry?: TelemetryConfig;
}

export function loadWorkerConfig(source: NodeJS.ProcessEnv = process.env): WorkerConfig {
  return {
    ...toServiceConfig(parseEnv(schema, source)),
    telemetry: loadTelemetryConfig(source, 'thidua-worker'),
  };
}
