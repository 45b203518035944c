import type { Client } from '@temporalio/client';
import type { Db } from '@thidua/db';
import type { Access } from '../authz/access';

/** What services get from a procedure's context: the services and the checked access. */
export interface ServiceContext {
  db: Db;
  temporal: Client;
  taskQueue: string;
  clock: () => Date;
  /** A past year being imported: the instant of the step (see ApiServices.recordedAt). */
  recordedAt?: Date | undefined;
  access: Access;
  probeSteps?: boolean | undefined;
  /** How long a closed year's after-close workflow waits for another step (its default otherwise). */
  afterCloseIdleMs?: number | undefined;
}
