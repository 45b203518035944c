import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Client, Connection } from '@temporalio/client';
import { connectionOptions, type Logger } from '@thidua/config';
import { createDb } from '@thidua/db';
import { setupApiTelemetry, temporalClientInterceptors } from '@thidua/telemetry';
import { createApiServer } from './app';
import type { ApiConfig } from './config';
import { databaseReady } from './database-checks';
import { recordsWorkerPolling, temporalReachable, workerPolling } from './temporal-checks';
import { apiVersion } from './version';

export interface RunningApiServer {
  /** Where the server listens, e.g. http://127.0.0.1:3000 (the real port when 0 was asked for). */
  url: string;
  port: number;
  /** Stops accepting requests, lets in-flight ones finish (bounded), then closes its connections. */
  close(): Promise<void>;
}

export interface StartApiServerOptions {
  logger: Logger;
  /** Serve the web app; off for API-only tests. Default true. */
  serveWebApp?: boolean;
}

const DRAIN_MS = 5_000;

export async function startApiServer(
  config: ApiConfig,
  options: StartApiServerOptions,
): Promise<RunningApiServer> {
  const logger = options.logger;
  const telemetry = setupApiTelemetry(config.telemetry ?? { apiMetrics: false }, apiVersion);
  const database = createDb(config.databaseUrl, {
    applicationName: 'thidua-api',
    onError: (error) => logger.warn({ err: error }, 'database connection lost'),
  });
  let temporal: Connection;
  try {
    temporal = await Connection.connect(connectionOptions(config.temporal));
  } catch (error) {
    await database.close();
    throw error;
  }

  const app = createApiServer({
    logger,
    trustProxy: config.trustProxy,
    services: {
      version: apiVersion,
      db: database.db,
      temporal: new Client({
        connection: temporal,
        namespace: config.temporal.namespace,
        interceptors: temporalClientInterceptors(),
      }),
      taskQueue: config.taskQueue,
    },
    readiness: {
      database: databaseReady(database.db),
      temporal: temporalReachable(temporal),
      worker: workerPolling(temporal, config.temporal.namespace, config.taskQueue),
      records: recordsWorkerPolling(temporal, config.temporal.namespace, config.taskQueue),
    },
    ...(options.serveWebApp === false ? {} : { webDistDir: config.webDistDir }),
    instrument: telemetry.instrument,
  });

  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', reject);
    });
  } catch (error) {
    await Promise.all([temporal.close(), database.close()]);
    throw error;
  }
  const port = (server.address() as AddressInfo).port;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  logger.info({ url }, 'API listening');

  return {
    url,
    port,
    async close() {
      await new Promise<void>((resolve) => {
        const force = setTimeout(() => {
          if ('closeAllConnections' in server) server.closeAllConnections();
        }, DRAIN_MS);
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        // Idle keep-alive sockets would hold close() open until they time out.
        if ('closeIdleConnections' in server) server.closeIdleConnections();
      });
      await Promise.all([temporal.close(), database.close(), telemetry.shutdown()]);
    },
  };
}
