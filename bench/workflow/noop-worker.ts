/** A worker of the no-op workflow in its own process, as the cycle worker runs in its own. */
import { fileURLToPath } from 'node:url';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';

const { TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE, TASK_QUEUE } = process.env;
Runtime.install({ logger: new DefaultLogger('WARN') });
const connection = await NativeConnection.connect({ address: TEMPORAL_ADDRESS });
const worker = await Worker.create({
  connection,
  namespace: TEMPORAL_NAMESPACE,
  taskQueue: TASK_QUEUE!,
  workflowsPath: fileURLToPath(new URL('./noop-workflow.ts', import.meta.url)),
});
process.on('SIGTERM', () => worker.shutdown());
const running = worker.run();
console.log('NOOP_WORKER_READY');
await running;
await connection.close();
