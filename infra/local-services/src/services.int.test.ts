import { Connection } from '@temporalio/client';
import type {} from '@thidua/vitest-setup/context';
import pg from 'pg';
import { expect, inject, test } from 'vitest';

test('the run has a real PostgreSQL and a real Temporal server', async () => {
  const client = new pg.Client({ connectionString: inject('databaseAdminUrl') });
  await client.connect();
  const { rows } = await client.query<{ version: string }>('select version()');
  await client.end();
  expect(rows[0]?.version).toMatch(/PostgreSQL \d+/);

  const connection = await Connection.connect({ address: inject('temporalAddress') });
  const { namespaceInfo } = await connection.workflowService.describeNamespace({
    namespace: inject('temporalNamespace'),
  });
  await connection.close();
  expect(namespaceInfo?.name).toBe(inject('temporalNamespace'));
});
