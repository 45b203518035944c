import path from 'node:path';
import { ConfigError } from '@thidua/config';
import { describe, expect, test } from 'vitest';
import { parseRuntimeArgs } from './args';
import { loadRuntimeConfig } from './config';
import { repoRoot } from './paths';

const APP = 'postgres://thidua_api@db/x';
const OWNER = 'postgres://thidua@db/x';
const BOTH = { DATABASE_URL: APP, DATABASE_MIGRATION_URL: OWNER };

describe('loadRuntimeConfig', () => {
  test('with nothing set, role all runs everything embedded with demo data', () => {
    const config = loadRuntimeConfig('all', {});
    expect(config).toMatchObject({
      namespace: 'thidua',
      dataDir: path.join(repoRoot, '.data'),
      embedded: { postgresPort: 54329, temporalPort: 7233, temporalUiPort: 8233 },
      seedDemo: true,
      migrateOnBoot: true,
    });
    expect(config.databaseUrl).toBeUndefined();
    expect(config.temporalAddress).toBeUndefined();
  });

  test('separate roles need an existing PostgreSQL and Temporal', () => {
    expect(() => loadRuntimeConfig('api', {})).toThrow(/DATABASE_URL — required with --role api/);
    expect(() => loadRuntimeConfig('worker', { DATABASE_URL: APP })).toThrow(
      /TEMPORAL_ADDRESS — required with --role worker/,
    );
    expect(() => loadRuntimeConfig('records', {})).toThrow(/DATABASE_URL — required with --role records/);
    const config = loadRuntimeConfig('api', { ...BOTH, TEMPORAL_ADDRESS: 't:7233' });
    expect(config).toMatchObject({ seedDemo: false, databaseUrl: APP, migrationUrl: OWNER });
  });

  test('migrations, the demo data and --create-admin need the owner URL; the application never falls back to it', () => {
    const temporal = { TEMPORAL_ADDRESS: 't:7233' };
    const owner = /DATABASE_MIGRATION_URL — required with --role/;
    expect(() => loadRuntimeConfig('migrate', { DATABASE_URL: APP })).toThrow(owner);
    expect(() => loadRuntimeConfig('all', { DATABASE_URL: APP })).toThrow(owner);
    expect(() => loadRuntimeConfig('api', { DATABASE_URL: APP, ...temporal })).toThrow(
      /required with --role api while THIDUA_MIGRATE_ON_BOOT is true/,
    );
    const demoOnly = {
      DATABASE_URL: APP,
      THIDUA_MIGRATE_ON_BOOT: 'false',
      THIDUA_SEED_DEMO: 'true',
      ...temporal,
    };
    expect(() => loadRuntimeConfig('api', demoOnly)).toThrow(
      /required with --role api while THIDUA_SEED_DEMO is true/,
    );
    expect(() => loadRuntimeConfig('all', { DATABASE_MIGRATION_URL: OWNER })).toThrow(
      /DATABASE_URL — required with DATABASE_MIGRATION_URL for --role all/,
    );
    expect(loadRuntimeConfig('migrate', { DATABASE_MIGRATION_URL: OWNER }).migrationUrl).toBe(OWNER);
    const api = { DATABASE_URL: APP, THIDUA_MIGRATE_ON_BOOT: 'false', ...temporal };
    expect(loadRuntimeConfig('api', api).migrationUrl).toBeUndefined();
    for (const role of ['worker', 'records'] as const) {
      const worker = { DATABASE_URL: APP, THIDUA_SEED_DEMO: 'true', ...temporal };
      expect(loadRuntimeConfig(role, worker).migrationUrl).toBeUndefined();
    }
  });

  test('the demo is never loaded into an external database unless asked, and then its passwords must change', () => {
    expect(loadRuntimeConfig('all', BOTH).seedDemo).toBe(false);
    expect(loadRuntimeConfig('all', {})).toMatchObject({ seedDemo: true, demoPasswordsMustChange: false });
    expect(loadRuntimeConfig('all', { ...BOTH, THIDUA_SEED_DEMO: 'true' })).toMatchObject({
      seedDemo: true,
      demoPasswordsMustChange: true,
    });
    expect(
      loadRuntimeConfig('api', { ...BOTH, TEMPORAL_ADDRESS: 't:7233', THIDUA_SEED_DEMO: 'true' }),
    ).toMatchObject({ seedDemo: true, demoPasswordsMustChange: true });
  });

  test.each([
    ['THIDUA_PG_PORT', '0', /THIDUA_PG_PORT — expected a port number/],
    ['THIDUA_TEMPORAL_UI_PORT', '8233.5', /THIDUA_TEMPORAL_UI_PORT — expected a port number/],
    ['THIDUA_SEED_DEMO', 'sometimes', /THIDUA_SEED_DEMO — expected true or false/],
    ['DATABASE_URL', 'localhost:5432', /DATABASE_URL — expected a postgres:\/\/ connection URL/],
    ['DATABASE_MIGRATION_URL', 'db:5432', /DATABASE_MIGRATION_URL — expected a postgres:\/\/ connection URL/],
  ])('%s=%s stops the start naming the variable', (name, value, message) => {
    expect(() => loadRuntimeConfig('all', { [name]: value })).toThrow(ConfigError);
    expect(() => loadRuntimeConfig('all', { [name]: value })).toThrow(message);
  });
});

describe('parseRuntimeArgs', () => {
  test('defaults to all and accepts the five roles', () => {
    expect(parseRuntimeArgs([])).toEqual({ role: 'all' });
    expect(parseRuntimeArgs(['--role', 'worker'])).toEqual({ role: 'worker' });
    expect(parseRuntimeArgs(['--role', 'records'])).toEqual({ role: 'records' });
    expect(parseRuntimeArgs(['--role=migrate'])).toEqual({ role: 'migrate' });
  });

  test('refuses anything else in one line', () => {
    expect(() => parseRuntimeArgs(['--role', 'web'])).toThrow(
      /Invalid --role "web": expected one of all, api, worker, records, migrate/,
    );
    expect(() => parseRuntimeArgs(['--port', '1'])).toThrow(ConfigError);
  });

  test('--create-admin NAME goes with --role migrate only, and takes a username', () => {
    expect(parseRuntimeArgs(['--role', 'migrate', '--create-admin', 'quantri'])).toEqual({
      role: 'migrate',
      createAdmin: 'quantri',
    });
    expect(() => parseRuntimeArgs(['--create-admin', 'quantri'])).toThrow(/with --role migrate only/);
    expect(() => parseRuntimeArgs(['--role', 'api', '--create-admin', 'quantri'])).toThrow(ConfigError);
    expect(() => parseRuntimeArgs(['--role', 'migrate', '--create-admin', 'quản trị; drop'])).toThrow(
      /Invalid --create-admin/,
    );
  });
});
