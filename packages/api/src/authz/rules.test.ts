import { describe, expect, test } from 'vitest';
import type { Grant } from '../auth/principal';
import { grantReaches } from './rules';

const unit: Grant = {
  role: 'unitHead',
  scopeKind: 'unit',
  unitId: 'u1',
  provinceId: 'p1',
  unitBlocs: [{ blocId: 'b1', year: 2023 }],
};
const bloc: Grant = { role: 'blocHead', scopeKind: 'bloc', blocId: 'b1', provinceId: 'p1', year: 2023 };
const province: Grant = { role: 'secretariat', scopeKind: 'province', provinceId: 'p1' };
const admin: Grant = { role: 'admin', scopeKind: 'global' };
const target = { cycleId: 'c', blocId: 'b1', provinceId: 'p1', year: 2023 };

describe('grantReaches', () => {
  test('own unit: that unit only', () => {
    expect(grantReaches(unit, 'unit', { ...target, unitId: 'u1' })).toBe(true);
    expect(grantReaches(unit, 'unit', { ...target, unitId: 'u2' })).toBe(false);
    expect(grantReaches(bloc, 'unit', { ...target, unitId: 'u1' })).toBe(false);
  });
  test('own bloc: a unit through its membership that year, a bloc role in its year', () => {
    expect(grantReaches(unit, 'bloc', target)).toBe(true);
    expect(grantReaches(unit, 'bloc', { ...target, year: 2022 })).toBe(false);
    expect(grantReaches(bloc, 'bloc', target)).toBe(true);
    expect(grantReaches(bloc, 'bloc', { ...target, year: 2024 })).toBe(false);
    expect(grantReaches(bloc, 'bloc', { ...target, blocId: 'b2' })).toBe(false);
  });
  test('a closed year: the bloc roles of later years reach it, the unit roles of later years do not', () => {
    const closed = { ...target, year: 2022, closed: true };
    expect(grantReaches(bloc, 'bloc', closed)).toBe(true);
    expect(grantReaches(bloc, 'bloc', { ...closed, year: 2024 })).toBe(false);
    expect(grantReaches(bloc, 'bloc', { ...closed, blocId: 'b2' })).toBe(false);
    expect(grantReaches(unit, 'bloc', closed)).toBe(false);
  });
  test('own province; any', () => {
    expect(grantReaches(province, 'province', target)).toBe(true);
    expect(grantReaches(province, 'province', { ...target, provinceId: 'p2' })).toBe(false);
    expect(grantReaches(admin, 'province', target)).toBe(false);
    expect(grantReaches(admin, 'any', target)).toBe(true);
  });
});
