import type { z } from 'zod';
import { postgresUrl, required } from './fields';
import { loggingEnv } from './logger';
import { type TemporalConfig, temporalEnv, toTemporalConfig } from './temporal';

/** The variables the API and the worker both read: the database, Temporal and logging. */
export const serviceEnv = {
  DATABASE_URL: required(postgresUrl),
  ...temporalEnv,
  ...loggingEnv,
};

type ServiceEnv = z.output<z.ZodObject<typeof serviceEnv>>;

export interface ServiceConfig {
  databaseUrl: string;
  temporal: TemporalConfig;
  log: { level: string; format?: 'pretty' | 'json' | undefined };
}

export function toServiceConfig(parsed: ServiceEnv): ServiceConfig {
  return {
    databaseUrl: parsed.DATABASE_URL,
    temporal: toTemporalConfig(parsed),
    log: { level: parsed.THIDUA_LOG_LEVEL, format: parsed.THIDUA_LOG_FORMAT },
  };
}
