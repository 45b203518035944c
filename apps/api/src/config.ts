import { fileURLToPath } from 'node:url';
import { env, parseEnv, type ServiceConfig, serviceEnv, toServiceConfig } from '@thidua/config';
import { loadTelemetryConfig, type TelemetryConfig } from '@thidua/telemetry';
import { DEFAULT_TASK_QUEUE } from '@thidua/workflows';
import { z } from 'zod';

const defaultWebDist = fileURLToPath(new URL('../../web/dist', import.meta.url));

const schema = z.object({
  ...serviceEnv(DEFAULT_TASK_QUEUE),
  THIDUA_PORT: env.withDefault(env.port, 3000),
  THIDUA_HOST: env.withDefault(env.nonEmpty, '127.0.0.1'),
  THIDUA_WEB_DIST: env.withDefault(env.nonEmpty, defaultWebDist),
  THIDUA_TRUST_PROXY: env.withDefault(env.boolean, false),
});

export interface ApiConfig extends ServiceConfig {
  port: number;
  host: string;
  /** The built web app (apps/web/dist), served with an SPA fallback. */
  webDistDir: string;
  /** Behind a TLS-terminating proxy: its forwarded protocol and client address are believed. */
  trustProxy: boolean;
  /** Tracing (OTEL_EXPORTER_OTLP_ENDPOINT) and /metrics (THIDUA_API_METRICS). */
  telemetry?: TelemetryConfig;
}

export function loadApiConfig(source: NodeJS.ProcessEnv = process.env): ApiConfig {
  const parsed = parseEnv(schema, source);
  return {
    ...toServiceConfig(parsed),
    port: parsed.THIDUA_PORT,
    host: parsed.THIDUA_HOST,
    webDistDir: parsed.THIDUA_WEB_DIST,
    trustProxy: parsed.THIDUA_TRUST_PROXY,
    telemetry: loadTelemetryConfig(source, 'thidua-api'),
  };
}
