import type { Client } from '@temporalio/client';
import type { Db } from '@thidua/db';
import type { Access } from '../authz/access';

/** What services get from a procedure's context: the services and the checked access. */
export interface ServiceContext {
  db: Db;
  temporal: Client;
  taskQueue: string;
  clock: () => Date;
  access: Access;
  probeSteps?: boolean | undefined;
}
