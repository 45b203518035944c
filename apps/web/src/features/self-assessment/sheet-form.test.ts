import { demoDataset } from '@thidua/domain';
import { describe, expect, it } from 'vitest';
import { draftInput, formFromView, invalidCount, pointsError } from './sheet-form';

const template = demoDataset.templates[2023];
const ids = { cycleId: 'cy', unitId: 'u' };

describe('pointsError', () => {
  it('accepts Vietnamese decimals in quarter steps up to the maximum', () => {
    expect(pointsError('7,25', 10, 0.25)).toBeUndefined();
    expect(pointsError('10', 10, 0.25)).toBeUndefined();
    expect(pointsError('', 10, 0.25)).toBeUndefined();
  });

  it('explains what is wrong, in Vietnamese', () => {
    expect(pointsError('10,5', 10, 0.25)).toBe('Tối đa 10 điểm.');
    expect(pointsError('-1', 10, 0.25)).toBe('Điểm không được âm.');
    expect(pointsError('7,3', 10, 0.25)).toBe('Điểm chấm theo bước 0,25.');
    expect(pointsError('bảy', 10, 0.25)).toBe('Nhập một số, ví dụ 7,5.');
  });
});

describe('the draft as typed', () => {
  const form = {
    scores: { 'c1.1': '28,5', 'c1.2': 'abc', 'c1.3': '' },
    notes: { 'c1.1': 'Đạt 95% chỉ tiêu', 'c1.2': 'Giải trình dưới điểm sai' },
    bonuses: {},
    penalties: {},
  };

  it('sends every field as typed, invalid ones included', () => {
    expect(draftInput(form, ids)).toEqual({ ...ids, typed: form });
    expect(invalidCount(form, template)).toBe(1);
  });

  it('reopens on the typed draft rather than on the valid sheet', () => {
    const sheet = { unitId: 'u', criteria: [{ criterionId: 'c1.1', selfScore: 28.5 }] };
    expect(formFromView({ sheet, typed: form })).toBe(form);
    expect(formFromView({ sheet, typed: null }).scores).toEqual({ 'c1.1': '28,5' });
  });
});
