import { fileURLToPath } from 'node:url';
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

const defaultWebDist = fileURLToPath(new URL('../../web/dist', import.meta.url));

const schema = z.object({
  DATABASE_URL: env.required(env.postgresUrl),
  ...temporalEnv,
  TEMPORAL_TASK_QUEUE: env.withDefault(env.nonEmpty, DEFAULT_TASK_QUEUE),
  THIDUA_PORT: env.withDefault(env.port, 3000),
  THIDUA_HOST: env.withDefault(env.nonEmpty, '127.0.0.1'),
  THIDUA_WEB_DIST: env.withDefault(env.nonEmpty, defaultWebDist),
  THIDUA_TRUST_PROXY: env.withDefault(env.boolean, false),
  ...loggingEnv,
});

export interface ApiConfig {
  databaseUrl: string;
  temporal: TemporalConfig;
  taskQueue: string;
  port: number;
  host: string;
  /** The built web app (apps/web/dist), served with an SPA fallback. */
  webDistDir: string;
  /** Behind a TLS-terminating proxy: its forwarded protocol and client address are believed. */
  trustProxy: boolean;
  log: { level: string; format?: 'pretty' | 'json' | undefined };
  /** Tracing (OTEL_EXPORTER_OTLP_ENDPOINT) and /metrics (THIDUA_API_METRICS). */
  telemetry?: TelemetryConfig;
}

export function loadApiConfig(source: NodeJS.ProcessEnv = process.env): ApiConfig {
  const parsed = parseEnv(schema, source);
  return {
    databaseUrl: parsed.DATABASE_URL,
    temporal: toTemporalConfig(parsed),
    taskQueue: parsed.TEMPORAL_TASK_QUEUE,
    port: parsed.THIDUA_PORT,
    host: parsed.THIDUA_HOST,
    webDistDir: parsed.THIDUA_WEB_DIST,
    trustProxy: parsed.THIDUA_TRUST_PROXY,
    log: { level: parsed.THIDUA_LOG_LEVEL, format: parsed.THIDUA_LOG_FORMAT },
    telemetry: loadTelemetryConfig(source, 'thidua-api'),
  };
}
