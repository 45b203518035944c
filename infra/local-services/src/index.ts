export { SetupError } from './errors';
export { goBinary, isExecutable, onPath } from './executables';
export { assertPortFree, getFreePort, waitForPort } from './ports';
export { type EmbeddedPostgresOptions, type RunningPostgres, startEmbeddedPostgres } from './postgres';
export { type LocateOptions, locateTemporalCli, TEMPORAL_CLI_MODULE } from './temporal-cli';
export {
  type RunningTemporal,
  type SearchAttributeDefinition,
  startTemporalDevServer,
  stopChild,
  type TemporalDevServerOptions,
} from './temporal-dev-server';
export {
  findTemporalServer,
  locateTemporalServer,
  PRODUCTION_DYNAMIC_CONFIG,
  setupTemporalSchemas,
  startTemporalServer,
  TEMPORAL_SERVER_VERSION,
  type TemporalServerOptions,
  type TemporalServerTools,
} from './temporal-server';
