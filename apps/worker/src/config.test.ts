import { ConfigError } from '@thidua/config';
import { expect, test } from 'vitest';
import { loadWorkerConfig } from './config';

const valid = { DATABASE_URL: 'postgres://db/thidua', TEMPORAL_ADDRESS: '127.0.0.1:7233' };

test('defaults', () => {
  expect(loadWorkerConfig(valid)).toMatchObject({
    databaseUrl: 'postgres://db/thidua',
    taskQueue: 'thidua-cycles',
    temporal: { address: '127.0.0.1:7233', namespace: 'thidua' },
    workflowCacheSize: 400,
  });
  expect(loadWorkerConfig({ ...valid, THIDUA_WORKFLOW_CACHE_SIZE: '40' }).workflowCacheSize).toBe(40);
});

test.each([
  ['TEMPORAL_ADDRESS', undefined, /TEMPORAL_ADDRESS — expected host:port.*\(not set\)/],
  ['TEMPORAL_TLS', 'maybe', /TEMPORAL_TLS — expected true or false \(got "maybe"\)/],
  ['TEMPORAL_TASK_QUEUE', '   ', /TEMPORAL_TASK_QUEUE — expected a non-empty value/],
  ['THIDUA_WORKFLOW_CACHE_SIZE', '0', /THIDUA_WORKFLOW_CACHE_SIZE — expected a whole number of cycles/],
  ['THIDUA_WORKFLOW_CACHE_SIZE', 'many', /THIDUA_WORKFLOW_CACHE_SIZE — expected a whole number of cycles/],
  ['THIDUA_WORKFLOW_STACK_TRACES', '1', /THIDUA_WORKFLOW_STACK_TRACES — expected true or false/],
])('%s=%s stops the start naming the variable', (name, value, message) => {
  expect(() => loadWorkerConfig({ ...valid, [name]: value })).toThrow(ConfigError);
  expect(() => loadWorkerConfig({ ...valid, [name]: value })).toThrow(message);
});

test('a client certificate without its key is refused', () => {
  expect(() => loadWorkerConfig({ ...valid, TEMPORAL_TLS_CERT_PATH: import.meta.filename })).toThrow(
    /TEMPORAL_TLS_KEY_PATH — expected alongside its pair/,
  );
});
