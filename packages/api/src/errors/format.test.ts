import { DomainError } from '@thidua/domain';
import { TRPCError } from '@trpc/server';
import { expect, test } from 'vitest';
import { ApiError } from './api-error';
import { formatError } from './format';
import { toTRPCError } from './to-trpc';

const shape = (status: number) => ({
  message: 'raw',
  code: -32000,
  data: { httpStatus: status, path: 'x.y' },
});

test('a domain refusal becomes a 4xx carrying its stable code and Vietnamese message', () => {
  const error = toTRPCError(
    new TRPCError({ code: 'INTERNAL_SERVER_ERROR', cause: new DomainError('WRONG_PHASE') }),
  );
  expect(error.code).toBe('PRECONDITION_FAILED');
  const formatted = formatError(error, shape(412));
  expect(formatted.data.code).toBe('WRONG_PHASE');
  expect(formatted.message).toBe('Thao tác không thực hiện được ở giai đoạn hiện tại của năm thi đua.');
});

test('codes no table knows are refused input (400), never a 500', () => {
  const error = toTRPCError(
    new TRPCError({ code: 'INTERNAL_SERVER_ERROR', cause: new ApiError('SOMETHING_NEW', 'Thông báo.') }),
  );
  expect(error.code).toBe('BAD_REQUEST');
});

test('an unknown failure keeps its text out of the answer', () => {
  const error = new TRPCError({
    code: 'INTERNAL_SERVER_ERROR',
    cause: new Error('connection to 10.0.0.5 refused'),
  });
  const formatted = formatError(toTRPCError(error), shape(500));
  expect(formatted.data.code).toBe('INTERNAL');
  expect(formatted.message).toBe('Lỗi hệ thống, vui lòng thử lại sau.');
  expect(JSON.stringify(formatted)).not.toContain('10.0.0.5');
});
