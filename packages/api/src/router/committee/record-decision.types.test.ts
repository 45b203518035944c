import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { answerOf } from '../../errors/answer';
import { toTRPCError } from '../../errors/to-trpc';
import { recordDecisionInput } from './record-decision.types';

const input = (number: string) => ({
  cycleId: 'cy-1',
  number,
  decisionDate: '2024-01-20',
  signerName: 'Hoàng Minh Đức',
  signerTitle: 'Chủ tịch UBND tỉnh',
  awards: [],
});

describe('recordDecision input', () => {
  it('stores the number trimmed, in NFC', () => {
    expect(recordDecisionInput.parse(input(' 163/QĐ-UBND '.normalize('NFD'))).number).toBe('163/QĐ-UBND');
  });

  it.each(['abc', '12/QD-UBND', ''])(
    'refuses %j under INVALID_DECISION_NUMBER, naming the field',
    (number) => {
      const parsed = recordDecisionInput.safeParse(input(number));
      expect(parsed.success).toBe(false);
      const error = toTRPCError(new TRPCError({ code: 'BAD_REQUEST', cause: parsed.error }));
      expect(error.code).toBe('BAD_REQUEST');
      expect(answerOf(error)).toMatchObject({
        code: 'INVALID_DECISION_NUMBER',
        message: 'Số quyết định phải có dạng 123/QĐ-UBND.',
        details: { field: 'number' },
      });
    },
  );

  it('leaves other schema refusals as INVALID_INPUT', () => {
    const parsed = recordDecisionInput.safeParse({ ...input('12/QĐ-UBND'), signerName: ' ' });
    const error = toTRPCError(new TRPCError({ code: 'BAD_REQUEST', cause: parsed.error }));
    expect(answerOf(error)).toMatchObject({ code: 'INVALID_INPUT', details: null });
  });
});
