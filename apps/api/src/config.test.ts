import { ConfigError } from '@thidua/config';
import { describe, expect, test } from 'vitest';
import { loadApiConfig } from './config';

const valid = { DATABASE_URL: 'postgres://u:p@db:5432/thidua', TEMPORAL_ADDRESS: 'temporal:7233' };

describe('loadApiConfig', () => {
  test('defaults', () => {
    const config = loadApiConfig(valid);
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      taskQueue: 'thidua-cycles',
      temporal: { address: 'temporal:7233', namespace: 'thidua' },
      log: { level: 'info' },
      heapGrowthPercent: 20,
    });
    expect(config.temporal.tls).toBeUndefined();
    expect(loadApiConfig({ ...valid, THIDUA_HEAP_GROWTH_PERCENT: '0' }).heapGrowthPercent).toBe(0);
  });

  test.each([
    ['THIDUA_PORT', 'abc', /THIDUA_PORT — expected a port number between 1 and 65535 \(got "abc"\)/],
    ['THIDUA_PORT', '70000', /THIDUA_PORT — expected a port number/],
    ['TEMPORAL_ADDRESS', 'temporal', /TEMPORAL_ADDRESS — expected host:port/],
    ['THIDUA_LOG_LEVEL', 'loud', /THIDUA_LOG_LEVEL — expected one of fatal, error/],
    ['THIDUA_HEAP_GROWTH_PERCENT', '-5', /THIDUA_HEAP_GROWTH_PERCENT — expected a whole percentage/],
    ['THIDUA_HEAP_GROWTH_PERCENT', '12.5', /THIDUA_HEAP_GROWTH_PERCENT — expected a whole percentage/],
    [
      'TEMPORAL_TLS_CA_PATH',
      '/nonexistent/ca.pem',
      /TEMPORAL_TLS_CA_PATH — expected the path of an existing file/,
    ],
  ])('%s=%s stops the start naming the variable', (name, value, message) => {
    expect(() => loadApiConfig({ ...valid, [name]: value })).toThrow(ConfigError);
    expect(() => loadApiConfig({ ...valid, [name]: value })).toThrow(message);
  });

  test('a missing DATABASE_URL is named, and a URL is never echoed back', () => {
    expect(() => loadApiConfig({ TEMPORAL_ADDRESS: 'temporal:7233' })).toThrow(
      /DATABASE_URL — .*\(not set\)/,
    );
    const error = (() => {
      try {
        loadApiConfig({ ...valid, DATABASE_URL: 'mysql://root:secret@db/x' });
      } catch (caught) {
        return caught as Error;
      }
    })();
    expect(error?.message).toMatch(
      /^Invalid configuration: DATABASE_URL — expected a postgres:\/\/ connection URL/,
    );
    expect(error?.message).not.toContain('secret');
    expect(error?.message.split('\n')).toHaveLength(1);
  });

  test('an API key turns TLS on', () => {
    const config = loadApiConfig({ ...valid, TEMPORAL_API_KEY: 'key' });
    expect(config.temporal).toMatchObject({ apiKey: 'key', tls: {} });
  });

  test('an empty variable counts as unset', () => {
    expect(loadApiConfig({ ...valid, THIDUA_PORT: '' }).port).toBe(3000);
  });
});
