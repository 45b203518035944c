import { fileURLToPath } from 'node:url';

/** Given to `Worker.create({ workflowsPath })`; kept apart so workflow code never imports node:url. */
export const workflowsPath = fileURLToPath(new URL('./workflows.ts', import.meta.url));
