export { createAdminAccount } from '@thidua/api';
export { type ApiServerDeps, createApiServer } from './app';
export { type ApiConfig, loadApiConfig } from './config';
export { databaseReady } from './database-checks';
export { enterDemoYears } from './demo-years';
export { type CheckResult, checkReadiness, type ReadinessCheck, type ReadinessReport } from './readiness';
export { type RunningApiServer, type StartApiServerOptions, startApiServer } from './server';
export { recordsWorkerPolling, temporalReachable, workerPolling } from './temporal-checks';
