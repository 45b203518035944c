import type {} from 'vitest';

/** What the integration global setup hands to every test file through `inject(...)`. */
declare module 'vitest' {
  export interface ProvidedContext {
    /** Superuser URL of a real PostgreSQL; each test file creates its own database on it. */
    databaseAdminUrl: string;
    /** host:port of a real Temporal dev server shared by the run. */
    temporalAddress: string;
    temporalNamespace: string;
    /** Path of the Temporal CLI, for tests that start servers of their own. */
    temporalCliPath: string;
  }
}
