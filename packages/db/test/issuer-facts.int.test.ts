import type {} from '@thidua/vitest-setup/context';
import { drizzle } from 'drizzle-orm/node-postgres';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { insertOrgStructure, loadIssuerFacts, loadProvinceNameAt } from '../src';
import * as schema from '../src/schema';
import { createTestDatabase, type TestDatabase } from '../src/testing';

let t: TestDatabase;
const name = (text: string, validFrom = '2000-01-01') => ({ name: text, validFrom });

beforeAll(async () => {
  t = await createTestDatabase(inject('databaseAdminUrl'));
  // Bắc Kạn merged into Thái Nguyên on 2025-07-01; its bloc keeps issuing records after that.
  await t.db.transaction((tx) =>
    insertOrgStructure(tx, {
      provinces: [
        { id: 'p-bk', code: 'BK', names: [name('Tỉnh Bắc Kạn')], placeNames: [name('Bắc Kạn')] },
        { id: 'p-tn', code: 'TN', names: [name('Tỉnh Thái Nguyên')], placeNames: [name('Thái Nguyên')] },
      ],
      units: Array.from({ length: 40 }, (_, i) => ({
        id: `u-bk-${i}`,
        code: `BK${i}`,
        provinceId: 'p-bk',
        validFrom: '2000-01-01',
        names: [name(`Sở thứ ${i}`)],
      })),
      blocs: [
        { id: 'b-bk', provinceId: 'p-bk', issuerCode: 'KTĐNC', names: [name('Khối thi đua Nội chính')] },
      ],
      memberships: [{ blocId: 'b-bk', year: 2024, unitIds: ['u-bk-0', 'u-bk-1'] }],
      leaderships: [],
      orgEvents: [
        { kind: 'merge', date: '2025-07-01', entity: 'province', fromIds: ['p-bk'], toIds: ['p-tn'] },
      ],
    }),
  );
});
afterAll(() => t?.drop());

test("a record's issuer facts: the province in force on its date, read without the province's units", async () => {
  const statements: string[] = [];
  const logged = drizzle(t.pool, { schema, logger: { logQuery: (sql) => statements.push(sql) } });

  expect(await loadIssuerFacts(logged, { blocId: 'b-bk', date: '2024-12-31' })).toEqual({
    provinceName: 'Tỉnh Bắc Kạn',
    place: 'Bắc Kạn',
    blocName: 'Khối thi đua Nội chính',
    blocShort: 'Khối thi đua Nội chính',
    issuerCode: 'KTĐNC',
  });
  expect(await loadIssuerFacts(logged, { blocId: 'b-bk', date: '2025-07-01' })).toMatchObject({
    provinceName: 'Tỉnh Thái Nguyên',
    place: 'Thái Nguyên',
  });
  expect(await loadProvinceNameAt(logged, 'p-bk', '2026-01-01')).toBe('Tỉnh Thái Nguyên');

  // A step asks for these before it is accepted and each record set again: their cost must not grow
  // with the province (its units, their names, the blocs' members).
  const touched = statements.filter((sql) =>
    /"(units|unit_names|unit_lineage|bloc_memberships|bloc_leaderships)"/.test(sql),
  );
  expect(touched).toEqual([]);
  expect(statements.length).toBeGreaterThan(0);
});
