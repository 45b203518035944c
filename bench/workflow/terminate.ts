import type { Client } from '@temporalio/client';
import { Limiter } from '@thidua/faults';

/** Ends workflows a time box cut short, so their timers do not weigh on what is measured next. */
export async function terminateAll(client: Client, workflowIds: string[]): Promise<void> {
  const limiter = new Limiter(50);
  await Promise.all(
    workflowIds.map((id) =>
      limiter.run(() =>
        client.workflow
          .getHandle(id)
          .terminate('benchmark time box')
          .catch(() => {}),
      ),
    ),
  );
}
