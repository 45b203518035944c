import { createRequire } from 'node:module';
import {
  makeWorkflowExporter,
  OpenTelemetryActivityInboundInterceptor,
  OpenTelemetryActivityOutboundInterceptor,
  OpenTelemetryWorkflowClientInterceptor,
} from '@temporalio/interceptors-opentelemetry';
import type { TelemetryOptions, WorkerOptions } from '@temporalio/worker';
import { workflowSpanTarget } from './tracing';

const require = createRequire(import.meta.url);

/** Client side (API, worker): starting a workflow or sending an Update carries the trace context along. */
export function temporalClientInterceptors() {
  return { workflow: [new OpenTelemetryWorkflowClientInterceptor()] };
}

/**
 * The workflow interceptors compiled into the workflow bundle when tracing is configured. Decided from
 * the environment because the bundle may be built before the worker starts tracing.
 */
export function workflowTracingModules(source: NodeJS.ProcessEnv = process.env): string[] {
  const exporting = Boolean(source.OTEL_EXPORTER_OTLP_ENDPOINT || source.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT);
  if (!exporting || source.OTEL_SDK_DISABLED === 'true') return [];
  return [require.resolve('@temporalio/interceptors-opentelemetry/lib/workflow-interceptors')];
}

/**
 * Activity spans (children of the workflow's) and the sink the workflow spans leave the sandbox
 * through. Harmless when tracing is off: the global tracer is a no-op and the sink exports nowhere.
 */
export function workerTracingOptions(): Required<Pick<WorkerOptions, 'sinks'>> & {
  interceptors: Required<Pick<NonNullable<WorkerOptions['interceptors']>, 'activity'>>;
} {
  const { processor, resource } = workflowSpanTarget();
  return {
    interceptors: {
      activity: [
        (ctx) => ({
          inbound: new OpenTelemetryActivityInboundInterceptor(ctx),
          outbound: new OpenTelemetryActivityOutboundInterceptor(ctx),
        }),
      ],
    },
    sinks: { exporter: makeWorkflowExporter(processor, resource) },
  };
}

/** The Temporal runtime's own metrics (task latencies, pollers, slots) for Prometheus on `port`. */
export function temporalMetricsTelemetry(port: number | undefined): { telemetryOptions?: TelemetryOptions } {
  if (!port) return {};
  return { telemetryOptions: { metrics: { prometheus: { bindAddress: `0.0.0.0:${port}` } } } };
}
