import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { envDetectorSync, Resource } from '@opentelemetry/resources';
import { BatchSpanProcessor, NoopSpanProcessor, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';

// The 1.x SDK line on purpose: @temporalio/interceptors-opentelemetry 1.24 builds its workflow spans
// for it (Resource class, parentSpanId), and 2.x drops both.

let provider: NodeTracerProvider | undefined;
let processor: SpanProcessor = new NoopSpanProcessor();
let resource: Resource = Resource.empty();

/**
 * Registers the process-wide tracer provider (W3C trace context, async-hooks context) exporting over
 * OTLP/HTTP; the exporter reads OTEL_EXPORTER_OTLP_* (endpoint, headers, timeout) itself. Once per
 * process: the API and the worker share one provider when they run together.
 */
export function startTracing(serviceName: string): void {
  if (provider) return;
  resource = new Resource({ [ATTR_SERVICE_NAME]: serviceName }).merge(envDetectorSync.detect());
  processor = new BatchSpanProcessor(new OTLPTraceExporter());
  provider = new NodeTracerProvider({ resource, spanProcessors: [processor] });
  provider.register();
}

/** Exports what is buffered and stops; safe to call more than once. */
export async function stopTracing(): Promise<void> {
  const current = provider;
  provider = undefined;
  await current?.shutdown();
}

export const tracingStarted = (): boolean => provider !== undefined;

/** Where the worker's workflow spans go: the provider's exporter, or nowhere when tracing is off. */
export const workflowSpanTarget = (): { processor: SpanProcessor; resource: Resource } => ({
  processor,
  resource,
});
