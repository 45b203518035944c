import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface OtlpCollector {
  /** For OTEL_EXPORTER_OTLP_ENDPOINT. */
  endpoint: string;
  /** Every OTLP/HTTP trace export received so far (protobuf bodies, concatenated). */
  traces(): Buffer;
  close(): Promise<void>;
}

/** A stand-in OpenTelemetry collector on loopback: accepts OTLP/HTTP exports and keeps them. */
export async function startOtlpCollector(): Promise<OtlpCollector> {
  const received: Buffer[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (req.url === '/v1/traces') received.push(Buffer.concat(chunks));
      res.writeHead(200, { 'content-type': 'application/x-protobuf' }).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    traces: () => Buffer.concat(received),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
