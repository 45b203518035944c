import path from 'node:path';
import { ConfigError } from '@thidua/config';
import { describe, expect, test } from 'vitest';
import { parseRole } from './args';
import { loadRuntimeConfig } from './config';
import { repoRoot } from './paths';

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
    expect(() => loadRuntimeConfig('worker', { DATABASE_URL: 'postgres://db/x' })).toThrow(
      /TEMPORAL_ADDRESS — required with --role worker/,
    );
    const config = loadRuntimeConfig('api', { DATABASE_URL: 'postgres://db/x', TEMPORAL_ADDRESS: 't:7233' });
    expect(config.seedDemo).toBe(false);
  });

  test.each([
    ['THIDUA_PG_PORT', '0', /THIDUA_PG_PORT — expected a port number/],
    ['THIDUA_TEMPORAL_UI_PORT', '8233.5', /THIDUA_TEMPORAL_UI_PORT — expected a port number/],
    ['THIDUA_SEED_DEMO', 'sometimes', /THIDUA_SEED_DEMO — expected true or false/],
    ['DATABASE_URL', 'localhost:5432', /DATABASE_URL — expected a postgres:\/\/ connection URL/],
  ])('%s=%s stops the start naming the variable', (name, value, message) => {
    expect(() => loadRuntimeConfig('all', { [name]: value })).toThrow(ConfigError);
    expect(() => loadRuntimeConfig('all', { [name]: value })).toThrow(message);
  });
});

describe('parseRole', () => {
  test('defaults to all and accepts the four roles', () => {
    expect(parseRole([])).toBe('all');
    expect(parseRole(['--role', 'worker'])).toBe('worker');
    expect(parseRole(['--role=migrate'])).toBe('migrate');
  });

  test('refuses anything else in one line', () => {
    expect(() => parseRole(['--role', 'web'])).toThrow(
      /Invalid --role "web": expected one of all, api, worker, migrate/,
    );
    expect(() => parseRole(['--port', '1'])).toThrow(ConfigError);
  });
});
