import { findTemporalServer, TEMPORAL_SERVER_VERSION } from '@thidua/local-services';
import type {} from '@thidua/vitest-setup/context';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { expectNothingLost, reported } from './expectations';
import { seededRandom } from './random';
import { runFault } from './scenario';
import { repoRoot } from './stack/role';
import { components } from './stack/stack';
import { type OpenStack, openStack } from './test-stack';

// Production's topology: Temporal server on the platform's PostgreSQL with production's dynamic
// configuration. Building the server takes ~15 minutes on two cores: this file runs when its binaries
// are there already (`.tools/bin/temporal-server` and `temporal-sql-tool`, which a CI cache of `.tools`
// keeps; `npm start` with THIDUA_TEMPORAL=server or `npm run bench` builds them once).
const tools = findTemporalServer(repoRoot);
if (!tools) {
  console.log(
    `[faults] Temporal server ${TEMPORAL_SERVER_VERSION} is not built in .tools/bin: the production-topology runs are skipped`,
  );
}
const seed = Number(process.env.FAULT_SEED ?? Date.now() % 1_000_000);
let open: OpenStack;

describe.skipIf(!tools)(`Temporal server ${TEMPORAL_SERVER_VERSION} on PostgreSQL`, () => {
  beforeAll(async () => {
    open = await openStack('faults-server', {
      temporalCliPath: inject('temporalCliPath'),
      ...(tools ? { temporalServer: tools } : {}),
    });
    console.log(`[faults] seed ${seed} (FAULT_SEED=${seed} repeats these kill moments)`);
  });

  afterAll(() => open?.close());

  test('its history lives in PostgreSQL: the cycles run there', async () => {
    const { rows } = await open.db.pool.query<{ n: string }>(
      "select count(*) as n from pg_database where datname in ('temporal', 'temporal_visibility')",
    );
    expect(Number(rows[0]?.n)).toBe(2);
  });

  test.each(components.map((component, i) => [component, i] as const))(
    'a cycle through it with %s SIGKILLed mid-way: it finishes, nothing lost or written twice',
    async (component, i) => {
      const { stack, db, temporal } = open;
      const result = await runFault({
        stack,
        db: db.db,
        temporal,
        blocs: 1,
        giveUpMs: 150_000,
        component,
        prefix: `s${i}`,
        random: seededRandom(seed + i),
      });
      expectNothingLost(reported(result));
    },
  );
});
