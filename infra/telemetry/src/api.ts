import { httpInstrumentationMiddleware } from '@hono/otel';
import type { Hono } from 'hono';
import type { TelemetryConfig } from './config';
import { createHttpMetrics } from './http-metrics';
import { startTracing, stopTracing } from './tracing';

export interface ApiTelemetry {
  /** Adds the tracing and metrics middleware (first, so they see every request) and /metrics. */
  instrument(app: Hono): void;
  shutdown(): Promise<void>;
}

/** Tracing of every request (server spans joined to an incoming traceparent) and Prometheus metrics. */
export function setupApiTelemetry(config: TelemetryConfig, serviceVersion?: string): ApiTelemetry {
  if (config.tracing) startTracing(config.tracing.serviceName);
  const metrics = config.apiMetrics ? createHttpMetrics() : undefined;
  return {
    instrument(app) {
      if (config.tracing) {
        app.use(
          httpInstrumentationMiddleware({
            serviceName: config.tracing.serviceName,
            ...(serviceVersion ? { serviceVersion } : {}),
          }),
        );
      }
      if (metrics) {
        app.use(metrics.middleware);
        app.get('/metrics', metrics.handler);
      }
    },
    shutdown: stopTracing,
  };
}
