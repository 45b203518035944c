import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { DomainError, errorCodes } from '@thidua/domain';
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { describe, expect, test } from 'vitest';
import { answerOf, answerTo } from './answer';
import { formatError } from './format';
import { toTRPCError } from './to-trpc';

const shape = (status: number) => ({
  message: 'raw',
  code: -32000,
  data: { httpStatus: status, path: 'x.y' },
});

/** What tRPC hands the middleware when a procedure throws `error`. */
const thrown = (error: unknown) => new TRPCError({ code: 'INTERNAL_SERVER_ERROR', cause: error });

describe('a refusal of any layer', () => {
  test('a domain refusal becomes a 4xx carrying its stable code and Vietnamese message', () => {
    const error = toTRPCError(thrown(new DomainError('WRONG_PHASE')));
    expect(error.code).toBe('PRECONDITION_FAILED');
    const formatted = formatError(error, shape(412));
    expect(formatted.data.code).toBe('WRONG_PHASE');
    expect(formatted.data.retryable).toBe(false);
    expect(formatted.message).toBe('Thao tác không thực hiện được ở giai đoạn hiện tại của năm thi đua.');
  });

  test('a database that cannot be reached is a 503 in Vietnamese, never a generic 500', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:54329'), {
      code: 'ECONNREFUSED',
    });
    const lost = new Error('Failed query', { cause: new Error('Connection terminated unexpectedly') });
    const restarting = Object.assign(new Error('the database system is starting up'), { code: '57P03' });
    for (const cause of [refused, lost, restarting]) {
      const error = toTRPCError(thrown(cause));
      expect(getHTTPStatusCodeFromError(error)).toBe(503);
      expect(formatError(error, shape(503)).data).toMatchObject({
        code: 'DATABASE_UNAVAILABLE',
        retryable: true,
      });
      expect(error.message).toMatch(/Cơ sở dữ liệu tạm thời không truy cập được/);
    }
  });

  test("the workflow's refusal keeps its code, message and details", () => {
    const failure = ApplicationFailure.create({
      type: 'QUORUM_NOT_MET',
      message: 'Chỉ 3/9 đơn vị có mặt.',
      details: [{ present: 3 }],
    });
    const answer = answerOf(new WorkflowUpdateFailedError('Update failed', failure));
    expect(answer).toEqual({
      code: 'QUORUM_NOT_MET',
      message: 'Chỉ 3/9 đơn vị có mặt.',
      status: 'PRECONDITION_FAILED',
      retryable: false,
      details: { present: 3 },
    });
    expect(answerOf(thrown(new WorkflowNotFoundError('gone', 'cycle:b:2024', undefined)))).toMatchObject({
      code: 'CYCLE_NOT_STARTED',
      status: 'NOT_FOUND',
    });
  });

  test('a PostgreSQL refusal is answered under the code its constraint names', () => {
    const pg = Object.assign(new Error('duplicate key value violates unique constraint'), {
      code: '23505',
      constraint: 'decisions_number',
    });
    const answer = answerOf(thrown(new Error('Failed query: insert …', { cause: pg })));
    expect(answer).toMatchObject({ code: 'DECISION_NUMBER_TAKEN', status: 'CONFLICT', details: null });
    expect(answer.message).not.toContain('constraint');
  });

  test("tRPC's own refusals keep their status under a catalogue code", () => {
    expect(answerOf(new TRPCError({ code: 'METHOD_NOT_SUPPORTED' }))).toMatchObject({
      code: 'INVALID_INPUT',
      status: 'METHOD_NOT_SUPPORTED',
    });
  });
});

describe('a fault', () => {
  test('an unknown failure keeps its text out of the answer', () => {
    const formatted = formatError(
      toTRPCError(thrown(new Error('connection to 10.0.0.5 refused'))),
      shape(500),
    );
    expect(formatted.data.code).toBe('INTERNAL');
    expect(formatted.message).toBe('Lỗi hệ thống, vui lòng thử lại sau.');
    expect(JSON.stringify(formatted)).not.toContain('10.0.0.5');
  });

  test('a failure of a type the catalogue does not know is INTERNAL, never its own text', () => {
    const failure = ApplicationFailure.create({ type: 'SOMETHING_NEW', message: 'select * from users' });
    const answer = answerOf(new WorkflowUpdateFailedError('Update failed', failure));
    expect(answer).toMatchObject({ code: 'INTERNAL', status: 'INTERNAL_SERVER_ERROR', details: null });
    expect(answer.message).not.toContain('select');
  });

  test("a write the database refused answers with the catalogue's words only, without details", () => {
    const failure = ApplicationFailure.create({
      type: 'PROJECTION_INVALID',
      message: 'Dữ liệu … (23514): new row violates check constraint "documents_status"',
      details: [{ constraint: 'documents_status', table: 'documents' }],
    });
    const answer = answerOf(new WorkflowUpdateFailedError('Update failed', failure));
    expect(answer).toEqual({
      code: 'PROJECTION_INVALID',
      message: 'Dữ liệu của bước này không ghi được vào cơ sở dữ liệu.',
      status: 'INTERNAL_SERVER_ERROR',
      retryable: false,
      details: null,
    });
  });
});

test('every code of the catalogue maps to an HTTP status: 4xx for a refusal, 5xx for a fault', () => {
  for (const code of errorCodes) {
    const answer = answerTo(new DomainError(code));
    const status = getHTTPStatusCodeFromError(new TRPCError({ code: answer.status }));
    const fault = answer.status === 'INTERNAL_SERVER_ERROR' || answer.status === 'SERVICE_UNAVAILABLE';
    expect(status, code).toBeGreaterThanOrEqual(fault ? 500 : 400);
    expect(status, code).toBeLessThan(fault ? 600 : 500);
  }
});
