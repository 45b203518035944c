import { describe, expect, it } from 'vitest';
import { demoDataset } from '../demo/index';
import { parseTypedDecimal, sheetFromTyped, type TypedSheet, typedSheetIssues } from './typed';

const template = demoDataset.templates[2023];
const criteria = template.groups.flatMap((g) => g.criteria);
const [first, second, third] = criteria as [(typeof criteria)[0], (typeof criteria)[0], (typeof criteria)[0]];
const bonus = template.bonus.items[0]!;
const penalty = template.penalties[0]!;

const typed = (over: Partial<TypedSheet>): TypedSheet => ({
  scores: {},
  notes: {},
  bonuses: {},
  penalties: {},
  ...over,
});

describe('typed self-assessment', () => {
  it('reads Vietnamese decimals and refuses anything else', () => {
    expect(parseTypedDecimal('7,25')).toBe(7.25);
    expect(parseTypedDecimal(' 7.5 ')).toBe(7.5);
    expect(parseTypedDecimal('1e1')).toBeNaN();
    expect(parseTypedDecimal('bảy')).toBeNaN();
  });

  it('keeps only the valid entries in the sheet, explanations with their score', () => {
    const sheet = sheetFromTyped(
      template,
      typed({
        scores: { [first.id]: '1,5', [second.id]: 'abc', [third.id]: '' },
        notes: { [first.id]: ' Đạt 95% ', [second.id]: 'Giải trình dưới điểm sai' },
        bonuses: { [bonus.id]: '0,5' },
        penalties: { [penalty.id]: '2' },
      }),
      'u',
    );
    expect(sheet.criteria).toEqual([{ criterionId: first.id, selfScore: 1.5, selfNote: 'Đạt 95%' }]);
    expect(sheet.bonuses).toEqual([{ itemId: bonus.id, selfPoints: 0.5 }]);
    expect(sheet.penalties).toEqual([{ itemId: penalty.id, selfCount: 2 }]);
  });

  it('lists every invalid entry with what is wrong', () => {
    const issues = typedSheetIssues(
      template,
      typed({
        scores: { [first.id]: String(first.maxPoints + 1), [second.id]: '0,3', [third.id]: '-1' },
        notes: { [first.id]: 'x'.repeat(2001) },
        penalties: { [penalty.id]: '1,5' },
      }),
    );
    expect(issues).toEqual([
      { field: 'scores', id: first.id, problem: { kind: 'tooHigh', max: first.maxPoints } },
      { field: 'notes', id: first.id, problem: { kind: 'tooLong', max: 2000 } },
      { field: 'scores', id: second.id, problem: { kind: 'badStep', step: template.scoreStep } },
      { field: 'scores', id: third.id, problem: { kind: 'negative' } },
      { field: 'penalties', id: penalty.id, problem: { kind: 'notANumber' } },
    ]);
  });
});
