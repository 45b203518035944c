import { parseWorkflowCode } from '@temporalio/worker/lib/worker';
import { ReusableVMWorkflowCreator } from '@temporalio/worker/lib/workflow/reusable-vm';
import { expect, test } from 'vitest';
import { bundle } from './support/harness';

/** The sandbox the worker creates, its module cache readable. */
class Sandbox extends ReusableVMWorkflowCreator {
  moduleCache(): Record<string, unknown> {
    return (this.context as unknown as { __webpack_module_cache__: Record<string, unknown> })
      .__webpack_module_cache__;
  }
}

/** The bundle's module ids, read from the comment webpack writes before each module. */
function moduleIds(code: string): string[] {
  return [...code.matchAll(/^\/\*{3}\/ "([^"]+)"/gm)].map((match) => match[1] as string);
}

test('the domain is evaluated once per worker thread and shared; the cycle modules stay per cycle', async () => {
  const workflowBundle = await bundle();
  // As the worker loads it: the bundle's inline source map taken apart.
  const sandbox = await Sandbox.create(parseWorkflowCode(workflowBundle.code), 5_000, new Set());
  try {
    // Before any workflow exists, the module cache answers only from the modules shared by all.
    const cache = sandbox.moduleCache();
    const ids = moduleIds(workflowBundle.code);
    const shared = ids.filter((id) => cache[id] !== undefined);
    const domain = ids.filter((id) => id.startsWith('./packages/domain/src/'));
    expect(domain.length).toBeGreaterThan(20);
    expect(shared).toEqual(expect.arrayContaining(domain));
    // The cycle's own modules hold its state (one `CycleState` per run): never shared.
    expect(shared.filter((id) => id.startsWith('./packages/workflows/src/cycle/'))).toEqual([]);
    const domainIndex = cache['./packages/domain/src/index.ts'] as { exports: object };
    expect(Object.isFrozen(domainIndex.exports)).toBe(true);
  } finally {
    await sandbox.destroy();
  }
});
