import { Client, Connection } from '@temporalio/client';
import { importDemoYear2022 } from '@thidua/api';
import { connectionOptions, type Logger } from '@thidua/config';
import { createDb } from '@thidua/db';
import type { ApiConfig } from './config';
import { apiVersion } from './version';

/**
 * The demo's past year (2022) entered through the workflow, as the first start of a demo system
 * does once its worker polls: the same procedures and activities as a live year, at the instants of
 * the year's calendar (@thidua/api import/past-year). A year already entered is left as it is.
 */
export async function enterDemoYears(config: ApiConfig, logger: Logger): Promise<{ imported: boolean }> {
  const database = createDb(config.databaseUrl, { max: 4, applicationName: 'thidua-demo-years' });
  try {
    const connection = await Connection.connect(connectionOptions(config.temporal));
    try {
      const started = Date.now();
      const result = await importDemoYear2022({
        version: apiVersion,
        db: database.db,
        temporal: new Client({ connection, namespace: config.temporal.namespace }),
        taskQueue: config.taskQueue,
      });
      logger.info(
        { ms: Date.now() - started },
        result.imported ? 'demo year 2022 entered through the workflow' : 'demo year 2022 already entered',
      );
      return result;
    } finally {
      await connection.close();
    }
  } finally {
    await database.close();
  }
}
