import { type Db, isMigrated } from '@thidua/db';
import type { ReadinessCheck } from './readiness';

/** Reachable, and every committed migration applied: the schema the code expects is there. */
export function databaseReady(db: Db): ReadinessCheck {
  return async () => {
    if (!(await isMigrated(db))) throw new Error('database reachable but migrations are pending');
    return 'migrated';
  };
}
