export { ConfigError } from './errors';
export * as env from './fields';
export { createLogger, type Logger, type LoggerOptions, loggingEnv } from './logger';
export { parseEnv } from './parse-env';
export { type ServiceConfig, serviceEnv, toServiceConfig } from './service';
export {
  connectionOptions,
  type TemporalConfig,
  type TemporalConnectionOptions,
  temporalEnv,
  toTemporalConfig,
} from './temporal';
