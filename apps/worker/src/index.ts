export { bundleCycleWorkflows } from './bundle';
export { loadWorkerConfig, type WorkerConfig, type WorkerPart } from './config';
export { type CycleWorkerOptions, createCycleWorker, createRecordsWorker } from './cycle-worker';
export { type RunningWorker, type RunWorkerOptions, runWorker } from './run-worker';
export { installTemporalRuntime } from './temporal-runtime';
