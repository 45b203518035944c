import { fileURLToPath } from 'node:url';

/** Given to `Worker.create({ workflowsPath })`; kept apart so workflow code never imports node:url. */
export const workflowsPath = fileURLToPath(new URL('./workflows.ts', import.meta.url));

/**
 * Given to the bundler as `preloadModules`: evaluated once per worker thread and shared by every cycle
 * the worker holds (a module per cycle otherwise: memory and start-up time of each cached cycle).
 */
export function sharedWorkflowModules(): string[] {
  return [fileURLToPath(new URL('./shared-libraries.ts', import.meta.url))];
}
