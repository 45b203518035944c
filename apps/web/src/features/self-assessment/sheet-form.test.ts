import { demoDataset } from '@thidua/domain';
import { describe, expect, it } from 'vitest';
import { draftInput, pointsError } from './sheet-form';

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

describe('draftInput', () => {
  it('sends only the valid scores, keeping notes with their criterion', () => {
    const input = draftInput(
      {
        scores: { 'c1.1': '28,5', 'c1.2': '12', 'c1.3': '' },
        notes: { 'c1.1': ' Đạt 95% chỉ tiêu ', 'c1.2': 'vượt' },
        bonuses: { [template.bonus.items[0]!.id]: '1' },
        penalties: { [template.penalties[0]!.id]: '2' },
      },
      template,
      ids,
    );
    expect(input.criteria).toEqual([{ criterionId: 'c1.1', selfScore: 28.5, selfNote: 'Đạt 95% chỉ tiêu' }]);
    expect(input.bonuses).toEqual([{ itemId: template.bonus.items[0]!.id, selfPoints: 1 }]);
    expect(input.penalties).toEqual([{ itemId: template.penalties[0]!.id, selfCount: 2 }]);
  });
});
