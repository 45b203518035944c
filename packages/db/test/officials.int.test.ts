import { isDomainError, type Official } from '@thidua/domain';
import type {} from '@thidua/vitest-setup/context';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { addOfficial, endOfficial, listOfficials, loadOfficials, loadRecordPeople } from '../src';
import * as s from '../src/schema';
import { createTestDatabase, type TestDatabase } from '../src/testing';
import { insertMiniCycle } from './fixtures';

let t: TestDatabase;
let mini: Awaited<ReturnType<typeof insertMiniCycle>>;

beforeAll(async () => {
  t = await createTestDatabase(inject('databaseAdminUrl'));
  mini = await insertMiniCycle(t.db);
  const [u1] = mini.unitIds;
  await t.db
    .insert(s.unitNames)
    .values({ unitId: u1 as string, name: 'Thanh tra tỉnh', validFrom: '2000-01-01' });
  await t.db.insert(s.blocNames).values({
    blocId: mini.blocId,
    name: 'KHỐI THI ĐUA NỘI CHÍNH',
    shortName: 'Khối thi đua Nội chính',
    validFrom: '2000-01-01',
  });
});
afterAll(() => t?.drop());

const head = (unitId: string, fullName: string, validFrom: string, validTo?: string): Official => ({
  position: 'unitHead',
  orgId: unitId,
  fullName,
  title: 'Chánh Thanh tra tỉnh',
  signatureTitle: 'CHÁNH THANH TRA',
  validFrom,
  ...(validTo ? { validTo } : {}),
});

async function refusal(fn: () => Promise<unknown>): Promise<unknown> {
  try {
    await fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a refusal');
}

describe('office holders', () => {
  test('add, refuse an overlapping head, end, then the successor; the pick follows the dates', async () => {
    const unitId = mini.unitIds[0] as string;
    const first = await addOfficial(t.db, head(unitId, 'Lường Văn Thành', '2020-01-01'));
    // A second head while the first is in office: refused by the database.
    const overlap = await refusal(() => addOfficial(t.db, head(unitId, 'Nguyễn Văn Hùng', '2023-07-01')));
    expect(isDomainError(overlap, 'OFFICIAL_OVERLAP')).toBe(true);
    // A deputy may serve beside the head.
    await addOfficial(t.db, {
      ...head(unitId, 'Lương Văn Tuấn', '2021-01-01'),
      position: 'unitDeputy',
      title: 'Phó Chánh Thanh tra tỉnh',
      signatureTitle: 'PHÓ CHÁNH THANH TRA',
    });

    const ended = await endOfficial(t.db, { id: first.id, validTo: '2023-06-30' });
    expect(ended.validTo).toBe('2023-06-30');
    expect(
      isDomainError(
        await refusal(() => endOfficial(t.db, { id: first.id, validTo: '2023-07-31' })),
        'INVALID_INPUT',
      ),
    ).toBe(true);
    // Starting on the last day of the predecessor still overlaps (the end date is inclusive).
    expect(
      isDomainError(
        await refusal(() => addOfficial(t.db, head(unitId, 'Nguyễn Văn Hùng', '2023-06-30'))),
        'OFFICIAL_OVERLAP',
      ),
    ).toBe(true);
    await addOfficial(t.db, head(unitId, 'Nguyễn Văn Hùng', '2023-07-01'));
    await addOfficial(t.db, {
      position: 'blocSecretary',
      orgId: mini.blocId,
      fullName: 'La Thị Huyền',
      title: 'Chánh Văn phòng Thanh tra tỉnh',
      validFrom: '2020-01-01',
    });

    const at = (date: string) => loadRecordPeople(t.db, { blocId: mini.blocId, headUnitId: unitId, date });
    expect((await at('2023-01-04')).blocHead).toMatchObject({
      fullName: 'Lường Văn Thành',
      signatureTitle: 'CHÁNH THANH TRA',
    });
    expect((await at('2023-07-01')).blocHead.fullName).toBe('Nguyễn Văn Hùng');
    const missing = await refusal(() => at('2019-12-31'));
    expect(isDomainError(missing, 'PERSON_MISSING')).toBe(true);
    expect((missing as Error).message).toBe(
      'Chưa có thủ trưởng của Thanh tra tỉnh tại ngày 31/12/2019: nhập tại Quản trị → Lãnh đạo, thư ký.',
    );

    const listed = await listOfficials(t.db, { provinceId: mini.provinceId });
    expect(listed.map((o) => [o.position, o.fullName])).toEqual([
      ['unitHead', 'Lường Văn Thành'],
      ['unitHead', 'Nguyễn Văn Hùng'],
      ['unitDeputy', 'Lương Văn Tuấn'],
      ['blocSecretary', 'La Thị Huyền'],
    ]);
    expect(listed.every((o) => o.provinceId === mini.provinceId)).toBe(true);
    expect(await listOfficials(t.db, { unitIds: [mini.unitIds[1] as string] })).toEqual([]);
    expect(await loadOfficials(t.db, { blocIds: [mini.blocId] })).toHaveLength(1);
  });

  test('a second UBND chairman at the same time is refused; vice-chairmen may be several', async () => {
    const chair = (fullName: string, position: 'committeeChair' | 'committeeViceChair'): Official => ({
      position,
      orgId: mini.provinceId,
      fullName,
      title: position === 'committeeChair' ? 'Chủ tịch UBND tỉnh' : 'Phó Chủ tịch UBND tỉnh',
      validFrom: '2021-07-01',
      validTo: '2025-06-30',
    });
    await addOfficial(t.db, chair('Nguyễn Văn Hùng', 'committeeChair'));
    await addOfficial(t.db, chair('Hoàng Minh Đức', 'committeeViceChair'));
    await addOfficial(t.db, chair('Bế Thị Mai', 'committeeViceChair'));
    expect(
      isDomainError(
        await refusal(() => addOfficial(t.db, chair('Trần Văn Nam', 'committeeChair'))),
        'OFFICIAL_OVERLAP',
      ),
    ).toBe(true);
  });

  test('the database refuses a head without a signature title, a lower-case one, a blank name', async () => {
    const unitId = mini.unitIds[2] as string;
    const { signatureTitle: _, ...untitled } = head(unitId, 'Trần Thị Lan', '2020-01-01');
    for (const bad of [
      untitled,
      { ...untitled, signatureTitle: 'Giám đốc' },
      { ...head(unitId, '  ', '2020-01-01') },
    ]) {
      const error = await refusal(() => addOfficial(t.db, bad as Official));
      expect(isDomainError(error, 'CONSTRAINT_VIOLATION')).toBe(true);
    }
  });
});
