import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDocumentNumber, formatNumberLine, nextNumber, parseDocumentNumber } from './numbering';
import { expectDomainError } from './test-helpers';

describe('document numbers (ND 30/2020)', () => {
  it('zero-pads below 10 with no spaces', () => {
    expect(formatDocumentNumber({ number: 5, typeCode: 'TTr', issuerCode: 'KTĐNC' })).toBe('05/TTr-KTĐNC');
    expect(formatDocumentNumber({ number: 12, typeCode: 'TTr', issuerCode: 'KTĐNC' })).toBe('12/TTr-KTĐNC');
    expect(formatDocumentNumber({ number: 105, typeCode: 'BB', issuerCode: 'KTĐNC' })).toBe('105/BB-KTĐNC');
    expect(formatDocumentNumber({ number: 15, typeCode: 'QĐ', issuerCode: 'UBND' })).toBe('15/QĐ-UBND');
    expect(formatNumberLine({ number: 5, typeCode: 'TTr', issuerCode: 'KTĐNC' })).toBe('Số: 05/TTr-KTĐNC');
  });

  it('writes a công văn without a type code', () => {
    expect(formatDocumentNumber({ number: 12, issuerCode: 'UBND-VX' })).toBe('12/UBND-VX');
  });

  it('parses what it formats', () => {
    expect(parseDocumentNumber('Số: 05/TTr-KTĐNC')).toEqual({
      number: 5,
      typeCode: 'TTr',
      issuerCode: 'KTĐNC',
    });
    expect(parseDocumentNumber('12/UBND-VX')).toEqual({ number: 12, issuerCode: 'UBND-VX' });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.constantFrom('TTr', 'BB', 'BC', 'QĐ', 'KH', 'QC') as fc.Arbitrary<'TTr'>,
        (number, typeCode) => {
          const s = formatDocumentNumber({ number, typeCode, issuerCode: 'KTĐNC' });
          expect(parseDocumentNumber(s)).toEqual({ number, typeCode, issuerCode: 'KTĐNC' });
        },
      ),
    );
  });

  it('refuses bad parts with INVALID_DOCUMENT_NUMBER', () => {
    const bad = [
      { number: 0, typeCode: 'TTr', issuerCode: 'KTĐNC' },
      { number: 1.5, typeCode: 'TTr', issuerCode: 'KTĐNC' },
      { number: 3, typeCode: 'TTr', issuerCode: 'KTĐ NC' },
      { number: 3, typeCode: 'XYZ', issuerCode: 'KTĐNC' },
    ] as const;
    for (const parts of bad) {
      expectDomainError(() => formatDocumentNumber(parts as never), 'INVALID_DOCUMENT_NUMBER');
    }
    expectDomainError(() => parseDocumentNumber('TTr-KTĐNC'), 'INVALID_DOCUMENT_NUMBER');
  });
});

describe('nextNumber', () => {
  it('starts at 1 and never reuses', () => {
    expect(nextNumber([])).toBe(1);
    expect(nextNumber([1, 2, 3])).toBe(4);
    expect(nextNumber([1, 3])).toBe(4);
    expectDomainError(() => nextNumber([0]), 'INVALID_DOCUMENT_NUMBER');
  });

  it('issued one after another, numbers are unique and gap-free', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), (count) => {
        const issued: number[] = [];
        for (let i = 0; i < count; i++) issued.push(nextNumber(issued));
        expect(new Set(issued).size).toBe(count);
        expect(issued).toEqual(Array.from({ length: count }, (_, i) => i + 1));
      }),
      { numRuns: 50 },
    );
  });

  it('is always above every existing number', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 10_000 })), (existing) => {
        const n = nextNumber(existing);
        expect(existing.every((e) => e < n)).toBe(true);
      }),
    );
  });
});
