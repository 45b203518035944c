import type { z } from 'zod';
import { nonEmpty, postgresUrl, required, withDefault } from './fields';
import { loggingEnv } from './logger';
import { type TemporalConfig, temporalEnv, toTemporalConfig } from './temporal';

/** The variables the API and the worker both read: the database, Temporal (and its task queue), logging. */
export const serviceEnv = (defaultTaskQueue: string) => ({
  DATABASE_URL: required(postgresUrl),
  ...temporalEnv,
  TEMPORAL_TASK_QUEUE: withDefault(nonEmpty, defaultTaskQueue),
  ...loggingEnv,
});

type ServiceEnv = z.output<z.ZodObject<ReturnType<typeof serviceEnv>>>;

export interface ServiceConfig {
  databaseUrl: string;
  temporal: TemporalConfig;
  taskQueue: string;
  log: { level: string; format?: 'pretty' | 'json' | undefined };
}

export function toServiceConfig(parsed: ServiceEnv): ServiceConfig {
  return {
    databaseUrl: parsed.DATABASE_URL,
    temporal: toTemporalConfig(parsed),
    taskQueue: parsed.TEMPORAL_TASK_QUEUE,
    log: { level: parsed.THIDUA_LOG_LEVEL, format: parsed.THIDUA_LOG_FORMAT },
  };
}
