import { z } from 'zod';
import { nonEmpty, postgresUrl, required, withDefault } from './fields';
import { loggingEnv } from './logger';
import { type TemporalConfig, temporalEnv, toTemporalConfig } from './temporal';

/**
 * How far V8 lets a heap grow past what its last full collection kept, in percent. Its own
 * heuristics let a heap under steady load reach about three times its live data before collecting:
 * requests and workflow tasks that wait seconds for a step outlive the young generation and pile up
 * in the old one (the API held 446 MiB for ~90 MiB live during 100 cycles at once, bench/RESULTS.md).
 * 20 keeps each process near its live data at the cost of more frequent collections; 0 leaves V8's
 * heuristics.
 */
const DEFAULT_HEAP_GROWTH_PERCENT = 20;

const HEAP_GROWTH = 'expected a whole percentage, 0 to 300';

/**
 * The variables the API and the worker both read: the database, Temporal (and its task queue),
 * logging, memory.
 */
export const serviceEnv = (defaultTaskQueue: string) => ({
  DATABASE_URL: required(postgresUrl),
  ...temporalEnv,
  TEMPORAL_TASK_QUEUE: withDefault(nonEmpty, defaultTaskQueue),
  ...loggingEnv,
  THIDUA_HEAP_GROWTH_PERCENT: withDefault(
    z.coerce.number({ error: HEAP_GROWTH }).int(HEAP_GROWTH).min(0, HEAP_GROWTH).max(300, HEAP_GROWTH),
    DEFAULT_HEAP_GROWTH_PERCENT,
  ),
});

type ServiceEnv = z.output<z.ZodObject<ReturnType<typeof serviceEnv>>>;

export interface ServiceConfig {
  databaseUrl: string;
  temporal: TemporalConfig;
  taskQueue: string;
  log: { level: string; format?: 'pretty' | 'json' | undefined };
  /** THIDUA_HEAP_GROWTH_PERCENT: set for the whole process by the runtime (0: V8's own heuristics). */
  heapGrowthPercent?: number;
}

export function toServiceConfig(parsed: ServiceEnv): ServiceConfig {
  return {
    databaseUrl: parsed.DATABASE_URL,
    temporal: toTemporalConfig(parsed),
    taskQueue: parsed.TEMPORAL_TASK_QUEUE,
    log: { level: parsed.THIDUA_LOG_LEVEL, format: parsed.THIDUA_LOG_FORMAT },
    heapGrowthPercent: parsed.THIDUA_HEAP_GROWTH_PERCENT,
  };
}
