/**
 * The engine's floor: a workflow whose Update does nothing but count. It ends once it has had as many
 * Updates as it was told, so "start to finish" means the same thing as for a cycle.
 */
import { condition, defineUpdate, setHandler } from '@temporalio/workflow';

export const noopUpdate = defineUpdate<number, [number]>('noop');

export async function noopWorkflow(expected: number): Promise<number> {
  let seen = 0;
  setHandler(noopUpdate, (n) => {
    seen += 1;
    return n;
  });
  await condition(() => seen >= expected);
  return seen;
}
