import { setFlagsFromString } from 'node:v8';
import type { ApiConfig } from '@thidua/api-server';
import type { Logger } from '@thidua/config';
import { assertPortFree, SetupError } from '@thidua/local-services';
import type { WorkerConfig, WorkerPart } from '@thidua/worker';
import { searchAttributeDefinitions } from '@thidua/workflows/search-attributes';
import type { Role } from './args';
import { type BannerInfo, printCreatedAdmin } from './banner';
import type { RuntimeConfig } from './config';
import { assertApplicationDatabase, prepareDatabase } from './database-setup';
import type { Lifecycle } from './lifecycle';
import { LOCAL_APP_USER, LOCAL_DATABASE, prepareLocalPostgres } from './local-postgres';
import { prepareLocalTemporal } from './local-temporal';
import { ensureNamespace } from './temporal-namespace';

export interface StartRoleContext {
  config: RuntimeConfig;
  lifecycle: Lifecycle;
  logger: Logger;
  /** A component failed after start-up (e.g. the worker lost its server for good). */
  onFailure(reason: string): void;
  /** `--create-admin NAME` (role migrate). */
  createAdmin?: string | undefined;
}

/** What each role's worker runs: `all` runs both in its one process. */
const WORKER_PARTS: Record<Role, readonly WorkerPart[]> = {
  all: ['cycles', 'records'],
  api: [],
  worker: ['cycles'],
  records: ['records'],
  migrate: [],
};

const TEMPORAL_TLS_VARS = [
  'TEMPORAL_TLS',
  'TEMPORAL_TLS_CERT_PATH',
  'TEMPORAL_TLS_KEY_PATH',
  'TEMPORAL_TLS_CA_PATH',
  'TEMPORAL_TLS_SERVER_NAME',
  'TEMPORAL_API_KEY',
];

/**
 * The environment the API and the worker see: with embedded services, their endpoints are known
 * in advance, so every configuration is validated before anything starts.
 */
function effectiveEnv(
  config: RuntimeConfig,
  embeddedDb: boolean,
  embeddedTemporal: boolean,
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, TEMPORAL_NAMESPACE: config.namespace };
  if (embeddedDb) {
    // Its password is generated when the server first starts; startRole passes the full URL on.
    env.DATABASE_URL = `postgres://${LOCAL_APP_USER}@127.0.0.1:${config.embedded.postgresPort}/${LOCAL_DATABASE}`;
  }
  if (embeddedTemporal) {
    env.TEMPORAL_ADDRESS = `127.0.0.1:${config.embedded.temporalPort}`;
    for (const name of TEMPORAL_TLS_VARS) delete env[name];
  }
  return env;
}

/** Brings up what the role needs, registering each piece with the lifecycle as soon as it runs. */
export async function startRole(ctx: StartRoleContext): Promise<BannerInfo | undefined> {
  const { config, lifecycle, logger } = ctx;
  const started = Date.now();
  const wantsApi = config.role === 'all' || config.role === 'api';
  const workerParts = WORKER_PARTS[config.role];
  const wantsWorker = workerParts.length > 0;
  const embeddedDb = !config.databaseUrl && !config.migrationUrl;
  const embeddedTemporal = config.role === 'all' && !config.temporalAddress;

  // Each role loads only its own code: an API process without the worker's SDK, records and
  // activities (about 35 MiB less), a worker without the HTTP server.
  const [apiServer, worker] = await Promise.all([
    wantsApi ? import('@thidua/api-server') : undefined,
    wantsWorker ? import('@thidua/worker') : undefined,
  ]);
  const env = effectiveEnv(config, embeddedDb, embeddedTemporal);
  const apiConfig: ApiConfig | undefined = apiServer?.loadApiConfig(env);
  const workerConfig: WorkerConfig | undefined = worker?.loadWorkerConfig(env);
  if (apiConfig) await assertPortFree(apiConfig.port, 'web app and API', 'THIDUA_PORT');
  // Read by V8 at every full collection, for every isolate of the process (the worker's too).
  const heapGrowth = (apiConfig ?? workerConfig)?.heapGrowthPercent;
  if (heapGrowth) setFlagsFromString(`--heap-growing-percent=${heapGrowth}`);

  const startPostgres = embeddedDb
    ? await prepareLocalPostgres({
        dataDir: config.dataDir,
        port: config.embedded.postgresPort,
        logger: logger.child({ component: 'postgres' }),
        onGiveUp: ctx.onFailure,
      })
    : undefined;
  const startTemporal = embeddedTemporal
    ? await prepareLocalTemporal({
        dataDir: config.dataDir,
        port: config.embedded.temporalPort,
        uiPort: config.embedded.temporalUiPort,
        namespace: config.namespace,
        kind: config.embedded.temporal,
        logger: logger.child({ component: 'temporal' }),
        onGiveUp: ctx.onFailure,
      })
    : undefined;

  // PostgreSQL, the dev server and the workflow bundle (webpack) are independent: bring them up
  // together. Temporal server keeps its state in PostgreSQL: it starts once PostgreSQL runs.
  const postgresUp = startPostgres?.();
  const temporalUp =
    config.embedded.temporal === 'server'
      ? postgresUp?.then((pg) => startTemporal?.(pg.adminUrl))
      : startTemporal?.();
  const [postgres, temporal, bundle] = await Promise.allSettled([
    postgresUp,
    temporalUp,
    workerParts.includes('cycles')
      ? worker?.bundleCycleWorkflows(logger.child({ component: 'worker' }))
      : undefined,
  ]);
  if (postgres.status === 'fulfilled' && postgres.value) lifecycle.add(postgres.value.resource);
  if (temporal.status === 'fulfilled' && temporal.value) lifecycle.add(temporal.value.resource);
  for (const result of [postgres, temporal, bundle]) if (result.status === 'rejected') throw result.reason;
  if (lifecycle.stopping) return undefined;

  const local = postgres.status === 'fulfilled' ? postgres.value : undefined;
  const databaseUrl = local?.databaseUrl ?? config.databaseUrl;
  const migrationUrl = local?.migrationUrl ?? config.migrationUrl;
  const migrate =
    config.role === 'all' || config.role === 'migrate' || (config.role === 'api' && config.migrateOnBoot);
  if (migrate || config.seedDemo || ctx.createAdmin) {
    const created = await prepareDatabase({
      // loadRuntimeConfig requires DATABASE_MIGRATION_URL whenever one of these is asked.
      url: migrationUrl!,
      migrate,
      seedDemo: config.seedDemo,
      demoPasswordsMustChange: config.demoPasswordsMustChange,
      createAdmin: ctx.createAdmin,
      logger,
    });
    if (created) printCreatedAdmin(created);
  }
  if (config.role === 'migrate' || lifecycle.stopping) return undefined;
  // The API and the worker never run as a role that could disable the append-only guards.
  if (!databaseUrl) throw new SetupError('DATABASE_URL is not set: the API and the worker need it.');
  await assertApplicationDatabase(databaseUrl);

  const temporalConfig = (apiConfig ?? workerConfig)!.temporal;
  await ensureNamespace({
    temporal: temporalConfig,
    searchAttributes: searchAttributeDefinitions,
    allowCreate: config.createNamespace,
    logger,
  });
  if (lifecycle.stopping) return undefined;

  const [running, api] = await Promise.allSettled([
    worker && workerConfig
      ? worker.runWorker(
          { ...workerConfig, databaseUrl },
          {
            logger: logger.child({ component: 'worker' }),
            parts: workerParts,
            ...(bundle.status === 'fulfilled' && bundle.value ? { workflowBundle: bundle.value } : {}),
          },
        )
      : undefined,
    apiServer && apiConfig
      ? apiServer.startApiServer(
          { ...apiConfig, databaseUrl },
          { logger: logger.child({ component: 'api' }) },
        )
      : undefined,
  ]);
  if (running.status === 'fulfilled' && running.value) {
    const cycleWorker = running.value;
    lifecycle.add({ name: 'worker', stop: () => cycleWorker.stop() });
    cycleWorker.done.then(
      () => lifecycle.stopping || ctx.onFailure('the worker stopped on its own'),
      (error: unknown) =>
        lifecycle.stopping || ctx.onFailure(`the worker failed: ${(error as Error).message}`),
    );
  }
  if (api.status === 'fulfilled' && api.value) {
    const server = api.value;
    lifecycle.add({ name: 'HTTP server', stop: () => server.close() });
  }
  for (const result of [running, api]) if (result.status === 'rejected') throw result.reason;
  if (!apiServer || !apiConfig || api.status !== 'fulfilled' || !api.value) return undefined;
  // A demo system enters the demo's past year through its own worker once, like any year.
  if (config.seedDemo && running.status === 'fulfilled' && running.value && !lifecycle.stopping) {
    await apiServer.enterDemoYears({ ...apiConfig, databaseUrl }, logger.child({ component: 'demo' }));
  }

  return {
    appUrl: api.value.url,
    namespace: config.namespace,
    startedInMs: Date.now() - started,
    showDemoSignIns: config.seedDemo,
    demoPasswordsMustChange: config.demoPasswordsMustChange,
    ...(temporal.status === 'fulfilled' && temporal.value?.uiUrl
      ? { temporalUiUrl: temporal.value.uiUrl }
      : {}),
    // A developer's psql goes in as the owner, as before; the services use the application login.
    ...(embeddedDb && migrationUrl ? { databaseUrl: migrationUrl } : {}),
  };
}
