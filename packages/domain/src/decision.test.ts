import { describe, expect, it } from 'vitest';
import { vietnamDate } from './dates';
import {
  checkDecisionDate,
  checkDecisionNumber,
  decisionDateIssue,
  decisionNumberOf,
  decisionSignature,
} from './decision';
import { expectDomainError } from './test-helpers';

describe('decision number', () => {
  it('accepts 1 to 5 digits, a slash and QĐ-UBND, trimmed, in NFC', () => {
    expect(decisionNumberOf('12/QĐ-UBND')).toBe('12/QĐ-UBND');
    expect(decisionNumberOf('  163/QĐ-UBND ')).toBe('163/QĐ-UBND');
    expect(decisionNumberOf('05/QĐ-UBND')).toBe('05/QĐ-UBND');
    // ND 30 writes numbers below 10 with a leading zero.
    expect(decisionNumberOf('5/QĐ-UBND')).toBe('05/QĐ-UBND');
    expect(decisionNumberOf('007/QĐ-UBND')).toBe('07/QĐ-UBND');
    expect(decisionNumberOf('99999/QĐ-UBND')).toBe('99999/QĐ-UBND');
    // Typed with a decomposing keyboard: stored as NFC.
    const nfd = '12/QĐ-UBND'.normalize('NFD');
    expect(decisionNumberOf(nfd)).toBe('12/QĐ-UBND'.normalize('NFC'));
  });

  it.each([
    'abc',
    '',
    '   ',
    '12/QD-UBND',
    '12/qđ-ubnd',
    '12 /QĐ-UBND',
    '12/QĐ-UBND-VX',
    '123456/QĐ-UBND',
    '0/QĐ-UBND',
    '/QĐ-UBND',
    '12/TTr-UBND',
    'Số: 12/QĐ-UBND',
  ])('refuses %j with INVALID_DECISION_NUMBER', (text) => {
    expect(decisionNumberOf(text)).toBeUndefined();
    const e = expectDomainError(() => checkDecisionNumber(text), 'INVALID_DECISION_NUMBER');
    expect(e.message).toBe('Số quyết định phải có dạng 123/QĐ-UBND.');
  });

  it('refuses what is not text', () => {
    expectDomainError(() => checkDecisionNumber(12), 'INVALID_DECISION_NUMBER');
    expectDomainError(() => checkDecisionNumber(undefined), 'INVALID_DECISION_NUMBER');
  });
});

describe('decision date', () => {
  const bounds = { submittedOn: '2024-01-10', today: '2024-02-01' };

  it('accepts the day of submission, today and anything between', () => {
    expect(checkDecisionDate('2024-01-10', bounds)).toBe('2024-01-10');
    expect(checkDecisionDate('2024-01-20', bounds)).toBe('2024-01-20');
    expect(checkDecisionDate('2024-02-01', bounds)).toBe('2024-02-01');
    expect(decisionDateIssue('1999-01-01', { today: '2024-02-01' })).toBeUndefined();
  });

  it('refuses a date that is not a real calendar day', () => {
    for (const date of ['2024-02-30', '2024-13-01', '20-01-2024', '', undefined]) {
      expectDomainError(() => checkDecisionDate(date, bounds), 'INVALID_DATE');
    }
  });

  it('refuses a date before the Tờ trình reached the committee, naming that day', () => {
    const e = expectDomainError(() => checkDecisionDate('2024-01-09', bounds), 'DECISION_BEFORE_PROPOSAL');
    expect(e.message).toContain('10/01/2024');
  });

  it('refuses a date after today, naming today', () => {
    const e = expectDomainError(() => checkDecisionDate('2024-02-02', bounds), 'DECISION_DATE_IN_FUTURE');
    expect(e.message).toContain('01/02/2024');
  });

  it('reads instants as dates in Vietnam (UTC+7)', () => {
    expect(vietnamDate('2024-01-09T16:59:59Z')).toBe('2024-01-09');
    expect(vietnamDate('2024-01-09T17:00:00Z')).toBe('2024-01-10');
    expect(vietnamDate(Date.parse('2023-12-31T18:30:00Z'))).toBe('2024-01-01');
  });
});

describe('decision signature', () => {
  it('the Chairman signs as CHỦ TỊCH; a Vice-Chairman for the Chairman (KT.)', () => {
    expect(decisionSignature('Chủ tịch UBND tỉnh')).toEqual({ title: 'Chủ tịch' });
    expect(decisionSignature(' Chủ tịch Ủy ban nhân dân tỉnh Thái Nguyên ')).toEqual({ title: 'Chủ tịch' });
    expect(decisionSignature('Phó Chủ tịch UBND tỉnh')).toEqual({
      capacity: 'KT. Chủ tịch',
      title: 'Phó Chủ tịch',
    });
    expect(decisionSignature('Phó Chủ tịch Thường trực UBND tỉnh')).toEqual({
      capacity: 'KT. Chủ tịch',
      title: 'Phó Chủ tịch Thường trực',
    });
  });

  it('prints any other post as typed', () => {
    expect(decisionSignature('Giám đốc Sở Nội vụ')).toEqual({ title: 'Giám đốc Sở Nội vụ' });
  });
});
