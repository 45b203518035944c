import { readdirSync, readFileSync } from 'node:fs';
import { isErrorCode } from '@thidua/domain';
import { getTableConfig } from 'drizzle-orm/pg-core';
import { describe, expect, test } from 'vitest';
import { migrationsFolder } from '../migrate';
import { ballotReceipts, ballots } from './conference';

const migrationSql = readdirSync(migrationsFolder)
  .filter((f) => f.endsWith('.sql'))
  .map((f) => readFileSync(`${migrationsFolder}/${f}`, 'utf8'))
  .join('\n');

describe('schema', () => {
  test('ballots carry no voter: no unit/user/time column, no FK or shared key with receipts', () => {
    const b = getTableConfig(ballots);
    const r = getTableConfig(ballotReceipts);
    expect(b.columns.map((c) => c.name).sort()).toEqual([
      'choices',
      'id',
      'invalid_reason',
      'round_id',
      'valid',
    ]);
    expect(b.foreignKeys.map((fk) => fk.reference().foreignTable)).toEqual([expect.anything()]);
    expect(getTableConfig(b.foreignKeys[0]?.reference().foreignTable as never).name).toBe('vote_rounds');
    expect(r.columns.map((c) => c.name).sort()).toEqual(['round_id', 'unit_id']);
    const shared = b.columns.map((c) => c.name).filter((n) => r.columns.some((c) => c.name === n));
    expect(shared).toEqual(['round_id']);
  });

  test('every constraint the error translation names exists in the migrations', async () => {
    const source = readFileSync(new URL('../errors.ts', import.meta.url), 'utf8');
    const names = [...source.matchAll(/^\s+([a-z_]+): '[A-Z_]+',$/gm)].map((m) => m[1]);
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) expect(migrationSql, name).toContain(`"${name}"`);
  });

  test('every HINT raised by a trigger is a known error code', () => {
    const hints = [...migrationSql.matchAll(/HINT = '([A-Z_]+)'/g)].map((m) => m[1] as string);
    expect(hints.length).toBeGreaterThan(0);
    for (const hint of hints) expect(isErrorCode(hint), hint).toBe(true);
  });
});
