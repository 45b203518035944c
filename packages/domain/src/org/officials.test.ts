import { describe, expect, test } from 'vitest';
import { demoDataset } from '../demo';
import { isDomainError } from '../errors';
import { type Official, officialAt, officialSchema, recordPeopleAt } from './officials';

const ttt = { position: 'unitHead', orgId: 'u-ttt', orgName: 'Thanh tra tỉnh' } as const;
const heads: Official[] = [
  {
    position: 'unitHead',
    orgId: 'u-ttt',
    fullName: 'Lường Văn Thành',
    title: 'Chánh Thanh tra tỉnh',
    signatureTitle: 'CHÁNH THANH TRA',
    validFrom: '2020-01-01',
    validTo: '2023-06-30',
  },
  {
    position: 'unitHead',
    orgId: 'u-ttt',
    fullName: 'Nguyễn Văn Hùng',
    title: 'Chánh Thanh tra tỉnh',
    signatureTitle: 'CHÁNH THANH TRA',
    validFrom: '2023-07-01',
  },
];

describe('officialAt', () => {
  test('picks the holder in force at the date, on both sides of a change', () => {
    expect(officialAt(heads, ttt, '2023-01-04').fullName).toBe('Lường Văn Thành');
    expect(officialAt(heads, ttt, '2023-06-30').fullName).toBe('Lường Văn Thành');
    expect(officialAt(heads, ttt, '2023-07-01').fullName).toBe('Nguyễn Văn Hùng');
    expect(officialAt(heads, ttt, '2030-01-01').fullName).toBe('Nguyễn Văn Hùng');
  });

  test('nobody in force: PERSON_MISSING naming the position, the unit, the date and the screen', () => {
    let error: unknown;
    try {
      officialAt(heads, ttt, '2019-12-31');
    } catch (e) {
      error = e;
    }
    expect(isDomainError(error, 'PERSON_MISSING')).toBe(true);
    expect((error as Error).message).toBe(
      'Chưa có thủ trưởng của Thanh tra tỉnh tại ngày 31/12/2019: nhập tại Quản trị → Lãnh đạo, thư ký.',
    );
  });

  test('another position or organisation never stands in', () => {
    expect(() => officialAt(heads, { ...ttt, position: 'unitDeputy' }, '2023-01-04')).toThrow(
      /Chưa có cấp phó của Thanh tra tỉnh/,
    );
    expect(() => officialAt(heads, { ...ttt, orgId: 'u-snv', orgName: 'Sở Nội vụ' }, '2023-01-04')).toThrow(
      /Chưa có thủ trưởng của Sở Nội vụ/,
    );
  });
});

describe('officialSchema', () => {
  test('a head needs the upper-case signature title, and a range that does not end before it starts', () => {
    const base = heads[0] as Official;
    expect(officialSchema.safeParse(base).success).toBe(true);
    const { signatureTitle: _, ...untitled } = base;
    expect(officialSchema.safeParse(untitled).success).toBe(false);
    expect(officialSchema.safeParse({ ...base, signatureTitle: 'Chánh Thanh tra' }).success).toBe(false);
    expect(officialSchema.safeParse({ ...base, validTo: '2019-01-01' }).success).toBe(false);
  });
});

describe('the demo dataset', () => {
  test('every official is valid and every member unit has a head in 2023', () => {
    for (const o of demoDataset.officials) expect(officialSchema.safeParse(o).success).toBe(true);
    for (const id of demoDataset.memberIds) {
      const people = recordPeopleAt(demoDataset.officials, {
        date: '2023-01-04',
        headUnit: { id, name: id },
      });
      expect(people.blocHead.signatureTitle).toBe(people.blocHead.signatureTitle.toUpperCase());
    }
  });
});
