import type { Db } from '@thidua/db';

/** The subset of a pino logger the activities use (pino's `logger.info(obj, msg)` fits). */
export interface ActivityLogger {
  info(obj: Record<string, unknown>, msg?: string): void;
  warn(obj: Record<string, unknown>, msg?: string): void;
  error(obj: Record<string, unknown>, msg?: string): void;
}

/** Builds a .docx from a record's view model; the default uses @thidua/documents. */
export type DocumentsPort = typeof import('@thidua/documents');

/** What activities need from the outside world; the worker builds it once. */
export interface ActivityDeps {
  /** drizzle handle from `createDb(url).db` (@thidua/db). */
  db: Db;
  /** Wall clock for rows the workflow does not date itself (defaults to `new Date()`). */
  clock?: { now(): Date } | undefined;
  logger?: ActivityLogger | undefined;
  /** Record builders; defaults to @thidua/documents. */
  documents?: DocumentsPort | undefined;
}

export interface ResolvedDeps {
  db: Db;
  now(): Date;
  logger: ActivityLogger;
  documents: DocumentsPort;
}

const silent: ActivityLogger = { info() {}, warn() {}, error() {} };

export async function resolveDeps(deps: ActivityDeps): Promise<ResolvedDeps> {
  return {
    db: deps.db,
    now: () => deps.clock?.now() ?? new Date(),
    logger: deps.logger ?? silent,
    documents: deps.documents ?? (await import('@thidua/documents')),
  };
}
