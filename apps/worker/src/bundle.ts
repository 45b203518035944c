import { bundleWorkflowCode, type WorkflowBundle } from '@temporalio/worker';
import type { Logger } from '@thidua/config';
import { workflowTracingModules } from '@thidua/telemetry';
import { workflowsPath } from '@thidua/workflows/paths';
import { toTemporalLogger } from './temporal-logger';

/** Builds the workflow bundle (webpack, a few seconds) once, so every Worker created after shares it. */
export async function bundleCycleWorkflows(logger: Logger): Promise<WorkflowBundle> {
  const started = Date.now();
  const bundle = await bundleWorkflowCode({
    workflowsPath,
    workflowInterceptorModules: workflowTracingModules(),
    logger: toTemporalLogger(logger.child({}, { level: 'warn' })),
  });
  logger.info({ ms: Date.now() - started }, 'workflow bundle built');
  return bundle;
}
