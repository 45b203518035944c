export { type ApiTelemetry, setupApiTelemetry } from './api';
export { loadTelemetryConfig, type TelemetryConfig } from './config';
export { createHttpMetrics, type HttpMetrics } from './http-metrics';
export {
  temporalClientInterceptors,
  temporalMetricsTelemetry,
  workerTracingOptions,
  workflowTracingModules,
} from './temporal';
export { startTracing, stopTracing, tracingStarted } from './tracing';
