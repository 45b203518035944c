import { type NativeConnection, Worker, type WorkerOptions } from '@temporalio/worker';
import type { Activities } from '@thidua/activities';
import { recordsTaskQueue } from '../../src/ids';

export interface RunningWorkers {
  /** Settles once both workers have stopped. */
  done: Promise<void>;
  shutdown(): void;
}

/**
 * The cycle worker (workflows and the steps' activities) and the records worker on their two queues,
 * as production runs them; both stop when either does.
 */
export async function runWorkers(options: {
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  workflowBundle: NonNullable<WorkerOptions['workflowBundle']>;
  activities: Activities;
  stickyQueueScheduleToStartTimeout: string;
}): Promise<RunningWorkers> {
  const { activities, ...cycles } = options;
  const workers = await Promise.all([
    Worker.create({ ...cycles, activities }),
    Worker.create({
      connection: options.connection,
      namespace: options.namespace,
      taskQueue: recordsTaskQueue(options.taskQueue),
      activities: { generateDocuments: activities.generateDocuments },
    }),
  ]);
  const shutdown = () => {
    for (const worker of workers) if (worker.getState() === 'RUNNING') worker.shutdown();
  };
  const runs = workers.map((worker) => worker.run().finally(shutdown));
  return { done: Promise.all(runs).then(() => undefined), shutdown };
}
