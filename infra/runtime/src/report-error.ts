import type { Logger } from '@thidua/config';

/** Problems the operator fixes (a busy port, a missing tool, a bad variable): one line, no stack trace. */
const OPERATOR_ERRORS = new Set(['SetupError', 'ConfigError']);

export function reportStartError(error: unknown, logger: Logger | undefined): void {
  if (error instanceof Error && OPERATOR_ERRORS.has(error.name)) {
    process.stderr.write(`\n✖ ${error.message}\n\n`);
    return;
  }
  if (logger) logger.error({ err: error }, 'start-up failed');
  else process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
}
