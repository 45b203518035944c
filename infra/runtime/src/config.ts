import path from 'node:path';
import { ConfigError, env, loggingEnv, parseEnv } from '@thidua/config';
import { z } from 'zod';
import type { Role } from './args';
import { repoRoot } from './paths';

const schema = z.object({
  DATABASE_URL: env.optional(env.postgresUrl),
  DATABASE_MIGRATION_URL: env.optional(env.postgresUrl),
  TEMPORAL_ADDRESS: env.optional(env.hostPort),
  TEMPORAL_NAMESPACE: env.withDefault(env.nonEmpty, 'thidua'),
  TEMPORAL_CREATE_NAMESPACE: env.withDefault(env.boolean, true),
  THIDUA_DATA_DIR: env.withDefault(env.nonEmpty, path.join(repoRoot, '.data')),
  THIDUA_PG_PORT: env.withDefault(env.port, 54329),
  THIDUA_TEMPORAL_PORT: env.withDefault(env.port, 7233),
  THIDUA_TEMPORAL_UI_PORT: env.withDefault(env.port, 8233),
  THIDUA_TEMPORAL: env.withDefault(z.enum(['dev', 'server']), 'dev'),
  THIDUA_MIGRATE_ON_BOOT: env.withDefault(env.boolean, true),
  THIDUA_SEED_DEMO: env.optional(env.boolean),
  ...loggingEnv,
});

export interface RuntimeConfig {
  role: Role;
  /**
   * The application's login to an existing PostgreSQL (a member of thidua_app that owns nothing).
   * Unset with `migrationUrl`: the embedded one (role all or migrate only).
   */
  databaseUrl?: string;
  /** The owner's login: migrations, the demo data and `--create-admin` run as it. */
  migrationUrl?: string;
  /** Set: an existing Temporal. Unset: a local dev server (role all only). */
  temporalAddress?: string;
  namespace: string;
  createNamespace: boolean;
  dataDir: string;
  embedded: {
    postgresPort: number;
    temporalPort: number;
    temporalUiPort: number;
    /** `dev`: the CLI's dev server (SQLite); `server`: Temporal server on the embedded PostgreSQL. */
    temporal: 'dev' | 'server';
  };
  migrateOnBoot: boolean;
  seedDemo: boolean;
  /** Demo accounts in anything but the embedded database must change the public demo password. */
  demoPasswordsMustChange: boolean;
  log: { level: string; format?: 'pretty' | 'json' | undefined };
}

export function loadRuntimeConfig(role: Role, source: NodeJS.ProcessEnv = process.env): RuntimeConfig {
  const parsed = parseEnv(schema, source);
  const external = Boolean(parsed.DATABASE_URL || parsed.DATABASE_MIGRATION_URL);
  if (role !== 'all' && role !== 'migrate' && !parsed.DATABASE_URL) {
    throw new ConfigError(
      `Invalid configuration: DATABASE_URL — required with --role ${role} (only --role all starts an embedded PostgreSQL).`,
    );
  }
  if (role !== 'all' && role !== 'migrate' && !parsed.TEMPORAL_ADDRESS) {
    throw new ConfigError(
      `Invalid configuration: TEMPORAL_ADDRESS — required with --role ${role} (only --role all starts a Temporal dev server).`,
    );
  }
  if (parsed.THIDUA_TEMPORAL === 'server' && external && !parsed.TEMPORAL_ADDRESS) {
    throw new ConfigError(
      'Invalid configuration: THIDUA_TEMPORAL=server keeps Temporal on the embedded PostgreSQL — unset DATABASE_URL and DATABASE_MIGRATION_URL, or set TEMPORAL_ADDRESS to a Temporal server of your own.',
    );
  }
  const migrateOnBoot = parsed.THIDUA_MIGRATE_ON_BOOT;
  const seedDemo = parsed.THIDUA_SEED_DEMO ?? (role === 'all' && !external);
  const ownerNeeded = role === 'migrate' || role === 'all' || (role === 'api' && (migrateOnBoot || seedDemo));
  if (external && ownerNeeded && !parsed.DATABASE_MIGRATION_URL) {
    throw new ConfigError(
      `Invalid configuration: DATABASE_MIGRATION_URL — required with --role ${role}${role === 'api' ? ` while ${migrateOnBoot ? 'THIDUA_MIGRATE_ON_BOOT' : 'THIDUA_SEED_DEMO'} is true` : ''}: migrations run as the owner of the tables, never as the application's DATABASE_URL (see packages/db/README.md).`,
    );
  }
  if (role === 'all' && external && !parsed.DATABASE_URL) {
    throw new ConfigError(
      'Invalid configuration: DATABASE_URL — required with DATABASE_MIGRATION_URL for --role all: the API and the worker log in as the application role, never as the owner.',
    );
  }
  return {
    role,
    ...(parsed.DATABASE_URL ? { databaseUrl: parsed.DATABASE_URL } : {}),
    ...(parsed.DATABASE_MIGRATION_URL ? { migrationUrl: parsed.DATABASE_MIGRATION_URL } : {}),
    ...(parsed.TEMPORAL_ADDRESS ? { temporalAddress: parsed.TEMPORAL_ADDRESS } : {}),
    namespace: parsed.TEMPORAL_NAMESPACE,
    createNamespace: parsed.TEMPORAL_CREATE_NAMESPACE,
    dataDir: path.resolve(parsed.THIDUA_DATA_DIR),
    embedded: {
      postgresPort: parsed.THIDUA_PG_PORT,
      temporalPort: parsed.THIDUA_TEMPORAL_PORT,
      temporalUiPort: parsed.THIDUA_TEMPORAL_UI_PORT,
      temporal: parsed.THIDUA_TEMPORAL,
    },
    migrateOnBoot,
    // Demo data belongs to the all-in-one local start on the embedded database; anything else
    // (an external database, even with --role all) seeds only when asked.
    seedDemo,
    demoPasswordsMustChange: external,
    log: { level: parsed.THIDUA_LOG_LEVEL, format: parsed.THIDUA_LOG_FORMAT },
  };
}
