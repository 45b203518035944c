import { env, parseEnv } from '@thidua/config';
import { z } from 'zod';

const httpUrl = z.url({
  protocol: /^https?$/,
  error: 'expected an http(s):// URL, e.g. http://otel-collector:4318',
});

/** The observability variables every process reads (the OTEL_* ones are OpenTelemetry's own names). */
const schema = z.object({
  /** OTLP/HTTP collector; tracing is on when this (or the traces-only endpoint) is set. */
  OTEL_EXPORTER_OTLP_ENDPOINT: env.optional(httpUrl),
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: env.optional(httpUrl),
  OTEL_SERVICE_NAME: env.optional(env.nonEmpty),
  OTEL_SDK_DISABLED: env.withDefault(env.boolean, false),
  /** Worker: the Temporal SDK's Prometheus metrics on this port. */
  THIDUA_METRICS_PORT: env.optional(env.port),
  /** API: Prometheus metrics at /metrics on its HTTP port. */
  THIDUA_API_METRICS: env.withDefault(env.boolean, false),
});

export interface TelemetryConfig {
  /** Set when spans are exported. */
  tracing?: { serviceName: string };
  metricsPort?: number;
  apiMetrics: boolean;
}

export function loadTelemetryConfig(source: NodeJS.ProcessEnv, defaultServiceName: string): TelemetryConfig {
  const parsed = parseEnv(schema, source);
  const exporting = Boolean(parsed.OTEL_EXPORTER_OTLP_ENDPOINT || parsed.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT);
  return {
    ...(exporting && !parsed.OTEL_SDK_DISABLED
      ? { tracing: { serviceName: parsed.OTEL_SERVICE_NAME ?? defaultServiceName } }
      : {}),
    ...(parsed.THIDUA_METRICS_PORT ? { metricsPort: parsed.THIDUA_METRICS_PORT } : {}),
    apiMetrics: parsed.THIDUA_API_METRICS,
  };
}
