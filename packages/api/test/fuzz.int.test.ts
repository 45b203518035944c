import type { ApiServices } from '@thidua/api';
import type { TestDatabase } from '@thidua/db/testing';
import { roles } from '@thidua/domain';
import type {} from '@thidua/vitest-setup/context';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { callerFor, callPath, grantOf, syntheticPrincipal } from './helpers/callers';
import { tableChecksums } from './helpers/checksums';
import { demoDatabase } from './helpers/database';
import { codeOf, statusOf } from './helpers/errors';
import { addFixtures, type Fixtures } from './helpers/fixtures';
import { procedurePaths, procedureTypes } from './helpers/procedures';
import { sampleInputs } from './helpers/samples';
import { type TestTemporal, testServices, testTemporal } from './helpers/temporal';

const RUNS_PER_MUTATION = 150;

const mutations = procedurePaths.filter((p) => procedureTypes[p] === 'mutation');

/** Every role, each inside the demo bloc: the gate lets every mutation through to its input check. */
const everyRole = roles.map((role) => grantOf(role, 'here'));

const typeOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/** Values no schema of ours accepts where a different type is expected, nor as text or number. */
const poison = fc.oneof(
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -1e12, 1e12, null, true, [], {}),
  fc.string({ minLength: 1, maxLength: 5 }).map((s) => `${s}\u0000${'x'.repeat(25_000)}`),
);

/**
 * Malformed inputs built from a valid sample: anything at all, the sample with an unknown field,
 * or one field replaced by a value of another type (or a poisoned one).
 */
function malformed(sample: unknown): fc.Arbitrary<unknown> {
  const anything = fc
    .anything()
    .filter((v) => v !== undefined && JSON.stringify(v) !== JSON.stringify(sample ?? null));
  if (!sample || typeof sample !== 'object' || Array.isArray(sample)) return fc.oneof(anything, poison);
  const keys = Object.keys(sample);
  const extraField = fc
    .tuple(fc.string({ minLength: 1, maxLength: 8 }), fc.anything())
    .map(([k, v]) => ({ ...(sample as object), [`x_${k}`]: v }));
  const wrongType = fc
    .tuple(fc.constantFrom(...keys), fc.oneof(fc.anything(), poison))
    .filter(([k, v]) => v !== undefined && typeOf(v) !== typeOf((sample as Record<string, unknown>)[k]))
    .map(([k, v]) => ({ ...(sample as object), [k]: v }));
  // Poisoned text and numbers are refused anywhere; the other poison only where its type is wrong.
  const poisoned = fc
    .tuple(fc.constantFrom(...keys), poison)
    .filter(
      ([k, v]) =>
        typeof v === 'string' ||
        typeof v === 'number' ||
        typeOf(v) !== typeOf((sample as Record<string, unknown>)[k]),
    )
    .map(([k, v]) => ({ ...(sample as object), [k]: v }));
  return fc.oneof(anything, extraField, wrongType, poisoned, poison);
}

let database: TestDatabase;
let temporal: TestTemporal;
let services: ApiServices;
let fixtures: Fixtures;

beforeAll(async () => {
  database = await demoDatabase('thidua_api_fuzz');
  temporal = await testTemporal({ worker: false, databaseUrl: database.url });
  services = testServices(database.db, temporal);
  fixtures = await addFixtures(database.db);
});

afterAll(async () => {
  await temporal?.close();
  await database?.drop();
});

describe('malformed input to every mutation', () => {
  test(`${mutations.length} mutations × ${RUNS_PER_MUTATION} inputs: only 4xx refusals, and nothing written`, async () => {
    const before = await tableChecksums(database.db);
    const samples = sampleInputs(fixtures);
    const caller = callerFor(services, syntheticPrincipal(fixtures.adminId, everyRole));
    const statuses = new Map<number, number>();
    let calls = 0;
    for (const path of mutations) {
      await fc.assert(
        fc.asyncProperty(malformed(samples[path]), async (input) => {
          calls += 1;
          const error = await callPath(caller, path, input).then(
            () => new Error(`${path} accepted ${JSON.stringify(input)?.slice(0, 200)}`),
            (e: unknown) => e,
          );
          const status = statusOf(error);
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
          if (status < 400 || status >= 500) {
            throw new Error(
              `${path}: ${status} ${codeOf(error)} for ${JSON.stringify(input)?.slice(0, 200)}`,
            );
          }
        }),
        { numRuns: RUNS_PER_MUTATION, seed: 20_231_228 },
      );
    }
    expect(calls).toBe(mutations.length * RUNS_PER_MUTATION);
    expect([...statuses.keys()].every((s) => s >= 400 && s < 500)).toBe(true);
    expect(await tableChecksums(database.db)).toEqual(before);
  });
});
