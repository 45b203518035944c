export { bundleCycleWorkflows } from './bundle';
export { loadWorkerConfig, type WorkerConfig } from './config';
export { type CycleWorkerOptions, createCycleWorker } from './cycle-worker';
export { type RunningWorker, type RunWorkerOptions, runWorker } from './run-worker';
export { installTemporalRuntime } from './temporal-runtime';
