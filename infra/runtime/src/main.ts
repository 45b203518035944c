import { createLogger, type Logger } from '@thidua/config';
import { parseRuntimeArgs } from './args';
import { printBanner } from './banner';
import { loadRuntimeConfig } from './config';
import { Lifecycle } from './lifecycle';
import { reportStartError } from './report-error';
import { startRole } from './roles';
import { handleShutdownSignals } from './signals';

/**
 * `tsx infra/runtime/src/main.ts [--role all|api|worker|records|migrate] [--create-admin NAME]`: see the README
 * for what each role runs.
 */
async function main(): Promise<number> {
  let logger: Logger | undefined;
  try {
    const { role, createAdmin } = parseRuntimeArgs(process.argv.slice(2));
    const config = loadRuntimeConfig(role);
    logger = createLogger({ level: config.log.level, format: config.log.format });
    const log = logger;
    const lifecycle = new Lifecycle(log);
    let exitCode = 0;
    const fail = (reason: string) => {
      log.error(`${reason}: stopping`);
      exitCode = 1;
      void lifecycle.stop();
    };

    handleShutdownSignals({
      graceful: (signal) => {
        log.info(`${signal} received: stopping (repeat to force)`);
        void lifecycle.stop();
      },
      force: (signal) => {
        log.warn(`${signal} received again: killing what is left`);
        lifecycle.kill();
        process.exit(130);
      },
    });
    process.on('unhandledRejection', (error) => {
      log.error({ err: error }, 'unhandled rejection');
      fail('an unexpected error occurred');
    });

    try {
      const banner = await startRole({ config, lifecycle, logger: log, onFailure: fail, createAdmin });
      if (banner && !lifecycle.stopping) printBanner(banner);
      else if ((role === 'worker' || role === 'records') && !lifecycle.stopping) {
        log.info(`${role} running: press Ctrl-C to stop`);
      }
      if (role !== 'migrate') await lifecycle.stopRequested;
    } catch (error) {
      reportStartError(error, log);
      exitCode = 1;
    }
    await lifecycle.stop();
    return exitCode;
  } catch (error) {
    reportStartError(error, logger);
    return 1;
  }
}

process.exit(await main());
