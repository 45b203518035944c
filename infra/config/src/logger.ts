import pino, { type Logger } from 'pino';
import pretty from 'pino-pretty';
import { logFormat, logLevel, optional, withDefault } from './fields';

export type { Logger } from 'pino';

export interface LoggerOptions {
  level: string;
  /** `pretty` for people at a terminal, `json` for log collectors; defaults by whether stdout is a TTY. */
  format?: 'pretty' | 'json' | undefined;
  name?: string;
}

export function createLogger(options: LoggerOptions): Logger {
  const format = options.format ?? (process.stdout.isTTY ? 'pretty' : 'json');
  const base = { level: options.level, ...(options.name ? { name: options.name } : {}) };
  // Synchronous writes, no worker-thread transport: the runtime ends with process.exit(), and the last
  // lines (why it stopped) must not be lost in a buffer.
  if (format === 'json') return pino(base, pino.destination({ dest: 1, sync: true }));
  return pino(
    base,
    pretty({
      colorize: process.stdout.isTTY,
      translateTime: 'SYS:HH:MM:ss',
      ignore: 'pid,hostname',
      singleLine: true,
      sync: true,
    }),
  );
}

/** The logging variables every process reads. */
export const loggingEnv = {
  THIDUA_LOG_LEVEL: withDefault(logLevel, 'info'),
  THIDUA_LOG_FORMAT: optional(logFormat),
};
