import { Hono } from 'hono';
import { afterAll, expect, test } from 'vitest';
// The ops checks' stand-in OpenTelemetry collector; a test-only import.
import { startOtlpCollector } from '../../ops-tests/src/otlp-collector';
import { setupApiTelemetry } from './api';
import { loadTelemetryConfig } from './config';

const collector = await startOtlpCollector();
afterAll(() => collector.close());

test('env switches: nothing by default; tracing with an OTLP endpoint; metrics when asked', () => {
  expect(loadTelemetryConfig({}, 'thidua-api')).toEqual({ apiMetrics: false });
  expect(
    loadTelemetryConfig(
      {
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
        THIDUA_API_METRICS: 'true',
        THIDUA_METRICS_PORT: '9464',
      },
      'thidua-api',
    ),
  ).toEqual({ tracing: { serviceName: 'thidua-api' }, apiMetrics: true, metricsPort: 9464 });
  expect(() => loadTelemetryConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' }, 'x')).toThrow(
    /OTEL_EXPORTER_OTLP_ENDPOINT — expected an http\(s\):\/\/ URL/,
  );
  expect(() => loadTelemetryConfig({ THIDUA_METRICS_PORT: '99999' }, 'x')).toThrow(/THIDUA_METRICS_PORT/);
});

test('the API exports a server span joined to the caller’s trace, and counts requests for /metrics', async () => {
  process.env.OTEL_EXPORTER_OTLP_ENDPOINT = collector.endpoint;
  const config = loadTelemetryConfig(process.env, 'thidua-api-test');
  const telemetry = setupApiTelemetry({ ...config, apiMetrics: true }, '1.2.3');
  const app = new Hono();
  telemetry.instrument(app);
  app.get('/api/units/:id', (c) => c.json({ id: c.req.param('id') }));
  app.use('*', async (_c, next) => next()); // like the web app's static files, registered after the API
  app.get('*', (c) => c.text('spa'));

  const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
  for (const id of ['u1', 'u2']) {
    const response = await app.request(`/api/units/${id}`, {
      headers: { traceparent: `00-${traceId}-00f067aa0ba902b7-01` },
    });
    expect(response.status).toBe(200);
  }

  expect(await (await app.request('/cycles/2025')).text()).toBe('spa');
  const metrics = await (await app.request('/metrics')).text();
  expect(metrics).toMatch(/http_requests_total\{method="GET",route="\/\*",status="200"\} 1/);
  expect(metrics).toMatch(/http_requests_total\{method="GET",route="\/api\/units\/:id",status="200"\} 2/);
  expect(metrics).toMatch(
    /http_request_duration_seconds_bucket\{le="0.005",method="GET",route="\/api\/units\/:id"/,
  );
  expect(metrics).toMatch(/process_cpu_user_seconds_total/);

  await telemetry.shutdown(); // flushes the batch
  const body = collector.traces();
  expect(body.includes(Buffer.from(traceId, 'hex'))).toBe(true);
  expect(body.includes(Buffer.from('thidua-api-test'))).toBe(true);
});
