import type { WorkflowBundle } from '@temporalio/worker';
import type { Logger } from '@thidua/config';
import { workflowTracingModules } from '@thidua/telemetry';
import { bundleCycleWorkflows as bundleCached } from '@thidua/workflows/bundle';
import { toTemporalLogger } from './temporal-logger';

/** The cycle's workflow bundle with this process's tracing interceptors, from the on-disk cache when built. */
export function bundleCycleWorkflows(logger: Logger): Promise<WorkflowBundle> {
  return bundleCached({
    interceptorModules: workflowTracingModules(),
    logger: toTemporalLogger(logger),
    bundlerLogger: toTemporalLogger(logger.child({}, { level: 'warn' })),
  });
}
