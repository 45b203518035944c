import { describe, expect, it } from 'vitest';
import {
  DomainError,
  errorCatalogue,
  errorCodes,
  errorMessages,
  fromErrorPayload,
  isDomainError,
  isErrorCode,
  throwFirst,
  toErrorPayload,
} from './index';

describe('error catalogue', () => {
  it('has a non-empty Vietnamese message, an answer class and a retry rule for every code', () => {
    expect(errorCodes.length).toBeGreaterThan(100);
    for (const code of errorCodes) {
      expect(code).toMatch(/^[A-Z_]+$/);
      expect(errorMessages[code]).toBe(errorCatalogue[code].message);
      expect(errorMessages[code]).toMatch(/^\p{Lu}.{4,}\.$/u);
      expect(errorCatalogue[code].status).toMatch(/^[A-Z_]+$/);
      expect(typeof errorCatalogue[code].retryable).toBe('boolean');
    }
  });

  it('includes the workflow codes', () => {
    for (const code of [
      'WRONG_PHASE',
      'FORBIDDEN_ROLE',
      'OUT_OF_SCOPE',
      'ALREADY_VOTED',
      'ROUND_CLOSED',
      'ROUND_NOT_OPEN',
      'NOT_SIGNED_OFF',
      'DEADLINE_PASSED',
      'ALREADY_RESPONDED',
      'INVALID_INPUT',
      'NOT_FOUND',
      'PROPOSAL_WITHOUT_PASSING_VOTE',
      'DECISION_WITHOUT_PROPOSAL',
      'QUOTA_EXCEEDED',
      'UNIT_INELIGIBLE',
      'QUORUM_NOT_MET',
      'BALLOT_TOO_MANY_CHOICES',
      'SCORE_OUT_OF_RANGE',
    ]) {
      expect(isErrorCode(code)).toBe(true);
    }
    expect(isErrorCode('NOPE')).toBe(false);
  });

  it('DomainError carries code, message, details and survives a payload round trip', () => {
    const e = new DomainError('QUOTA_EXCEEDED', undefined, { quota: 1 });
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('DomainError');
    expect(e.message).toBe(errorMessages.QUOTA_EXCEEDED);
    expect(isDomainError(e, 'QUOTA_EXCEEDED')).toBe(true);
    expect(isDomainError(e, 'NOT_FOUND')).toBe(false);
    const back = fromErrorPayload(JSON.parse(JSON.stringify(toErrorPayload(e))));
    expect(back.code).toBe('QUOTA_EXCEEDED');
    expect(back.details).toEqual({ quota: 1 });
  });

  it('throwFirst keeps every issue', () => {
    expect(() => throwFirst([])).not.toThrow();
    try {
      throwFirst([new DomainError('NOT_FOUND'), new DomainError('INVALID_INPUT')]);
    } catch (e) {
      expect(isDomainError(e, 'NOT_FOUND')).toBe(true);
      expect((e as DomainError).details.issues).toHaveLength(2);
    }
  });
});
