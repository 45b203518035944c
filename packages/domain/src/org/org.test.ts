import { describe, expect, it } from 'vitest';
import {
  demoBloc,
  demoLeaderships,
  demoMemberships,
  demoOrgEvents,
  demoProvinces,
  demoUnits,
} from '../demo/org';
import { expectDomainError } from '../test-helpers';
import {
  leadershipOf,
  lineageOf,
  membersOf,
  nameAt,
  renameFrom,
  shortNameAt,
  successorsOf,
  unitById,
} from './history';
import { issuerFactsAt, provinceIdAt } from './issuer';
import { findGrant, grantCovers, roleGrantSchema } from './roles';
import { blocLeadershipSchema, blocSchema, type Province, provinceSchema, unitSchema } from './types';

const thads = unitById(demoUnits, 'u-thads');
const backan = demoProvinces[0];

describe('names over time', () => {
  it('prints the name in force at a date', () => {
    expect(nameAt(thads.names, '2023-01-04')).toBe('Cục Thi hành án dân sự tỉnh');
    expect(nameAt(thads.names, '2025-06-30')).toBe('Cục Thi hành án dân sự tỉnh');
    expect(nameAt(thads.names, '2025-07-01')).toBe('Thi hành án dân sự tỉnh');
    expect(shortNameAt(thads.names, '2023-01-04')).toBe('Cục THADS tỉnh');
    expect(nameAt(backan?.placeNames ?? [], '2023-01-04')).toBe('Bắc Kạn');
  });

  it('has no Bắc Kạn name after the merger', () => {
    expectDomainError(() => nameAt(backan?.names ?? [], '2025-07-01'), 'NAME_NOT_IN_FORCE');
  });

  it('renames keep history', () => {
    const names = renameFrom([{ name: 'Sở Nội vụ', validFrom: '2008-01-01' }], '2025-03-01', {
      name: 'Sở Nội vụ (sau hợp nhất)',
    });
    expect(names).toHaveLength(2);
    expect(nameAt(names, '2025-02-28')).toBe('Sở Nội vụ');
    expect(nameAt(names, '2025-03-01')).toBe('Sở Nội vụ (sau hợp nhất)');
    expectDomainError(() => renameFrom(names, '2025-03-01', { name: 'X' }), 'INVALID_INPUT');
  });

  it('follows merges and splits', () => {
    const events = [
      ...demoOrgEvents,
      {
        kind: 'merge' as const,
        entity: 'unit' as const,
        date: '2025-03-01',
        fromIds: ['a', 'b'],
        toIds: ['ab'],
      },
      {
        kind: 'split' as const,
        entity: 'unit' as const,
        date: '2026-01-01',
        fromIds: ['ab'],
        toIds: ['x', 'y'],
      },
    ];
    expect(successorsOf(events, 'a', '2025-01-01')).toEqual(['a']);
    expect(successorsOf(events, 'a', '2025-03-01')).toEqual(['ab']);
    expect(successorsOf(events, 'a', '2026-06-01')).toEqual(['x', 'y']);
    expect(successorsOf(events, 'u-thads', '2026-01-01')).toEqual(['u-thads']);
    expect(lineageOf(events, 'x').sort()).toEqual(['a', 'ab', 'b', 'x']);
  });
});

describe('bloc per year', () => {
  it('membership and leadership change by year', () => {
    expect(membersOf(demoMemberships, 'b-noichinh', 2022)).toHaveLength(9);
    expect(membersOf(demoMemberships, 'b-noichinh', 2018)).toContain('u-vpdbqh');
    expect(membersOf(demoMemberships, 'b-noichinh', 2022)).not.toContain('u-vpdbqh');
    expectDomainError(() => membersOf(demoMemberships, 'b-noichinh', 2030), 'NOT_FOUND');
    expect(leadershipOf(demoLeaderships, 'b-noichinh', 2023)).toMatchObject({
      headUnitId: 'u-ttt',
      deputyUnitId: 'u-cat',
    });
  });

  it('schemas accept the demo and refuse head = deputy', () => {
    for (const u of demoUnits) expect(unitSchema.safeParse(u).success).toBe(true);
    for (const p of demoProvinces) expect(provinceSchema.safeParse(p).success).toBe(true);
    expect(blocSchema.safeParse(demoBloc).success).toBe(true);
    const bad = blocLeadershipSchema.safeParse({
      blocId: 'b',
      year: 2023,
      headUnitId: 'u',
      deputyUnitId: 'u',
    });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toMatch(/Trưởng Khối/);
    expectDomainError(() => unitById(demoUnits, 'nope'), 'NOT_FOUND');
  });
});

describe('roles and scopes', () => {
  const grants = [
    { role: 'blocHead' as const, scope: { kind: 'bloc' as const, blocId: 'b-noichinh' }, year: 2023 },
    { role: 'unitOfficer' as const, scope: { kind: 'unit' as const, unitId: 'u-stp' } },
  ];

  it('a bloc role covers its bloc in its year only', () => {
    expect(grantCovers(grants[0] as never, { blocId: 'b-noichinh', year: 2023 })).toBe(true);
    expect(grantCovers(grants[0] as never, { blocId: 'b-noichinh', year: 2024 })).toBe(false);
    expect(findGrant(grants, ['unitOfficer', 'unitHead'], { unitId: 'u-stp' })?.role).toBe('unitOfficer');
    expect(findGrant(grants, ['unitOfficer'], { unitId: 'u-ttt' })).toBeUndefined();
    expect(grantCovers({ role: 'admin', scope: { kind: 'global' } }, { unitId: 'any' })).toBe(true);
  });

  it('refuses a role on the wrong scope kind', () => {
    expect(
      roleGrantSchema.safeParse({ role: 'blocHead', scope: { kind: 'unit', unitId: 'u' } }).success,
    ).toBe(false);
    expect(
      roleGrantSchema.safeParse({ role: 'secretariat', scope: { kind: 'province', provinceId: 'p' } })
        .success,
    ).toBe(true);
  });
});

describe('issuer facts at a record date', () => {
  const [bacKan, thaiNguyen] = demoProvinces as [Province, Province];

  it('a 2023 record keeps Bắc Kạn; a 2026 record uses the province it merged into', () => {
    expect(provinceIdAt(demoOrgEvents, 'p-backan', '2023-01-04')).toBe('p-backan');
    expect(issuerFactsAt(demoBloc, bacKan, '2023-01-04')).toMatchObject({
      provinceName: 'Bắc Kạn',
      place: 'Bắc Kạn',
      blocShort: 'Khối thi đua Nội chính',
    });
    expect(provinceIdAt(demoOrgEvents, 'p-backan', '2026-01-05')).toBe('p-thainguyen');
    expect(issuerFactsAt(demoBloc, thaiNguyen, '2026-01-05')).toMatchObject({
      provinceName: 'Thái Nguyên',
      place: 'Thái Nguyên',
    });
  });

  it('a name not in force refuses with what to enter, never a stand-in', () => {
    expectDomainError(() => issuerFactsAt(demoBloc, bacKan, '2026-01-05'), 'RECORD_FACT_MISSING');
    try {
      issuerFactsAt(demoBloc, bacKan, '2026-01-05');
    } catch (error) {
      expect((error as Error).message).toContain('05/01/2026');
      expect((error as Error).message).toContain('Quản trị → Tổ chức');
    }
  });
});
