/**
 * The workers in their own process, so a test can SIGKILL it mid-conference and start another. It runs
 * the parent's prebuilt workflow bundle (BUNDLE_PATH) and the real activities on DATABASE_URL.
 */

import { DefaultLogger, NativeConnection, Runtime } from '@temporalio/worker';
import { createActivities } from '@thidua/activities';
import { createDb } from '@thidua/db';
import { runWorkers } from './workers';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

Runtime.install({ logger: new DefaultLogger('WARN') });
const connection = await NativeConnection.connect({ address: env('TEMPORAL_ADDRESS') });
const { db } = createDb(env('DATABASE_URL'), { max: 10, applicationName: 'thidua-test-worker' });
const workers = await runWorkers({
  connection,
  namespace: env('TEMPORAL_NAMESPACE'),
  taskQueue: env('TASK_QUEUE'),
  workflowBundle: { codePath: env('BUNDLE_PATH') },
  activities: createActivities({ db }),
  stickyQueueScheduleToStartTimeout: '1s',
});
console.log('WORKER_READY');
await workers.done;
