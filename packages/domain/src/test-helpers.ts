// Test-only helpers (not exported from the package index).
import { expect } from 'vitest';
import { DomainError, type ErrorCode } from './errors';

/** Vietnamese letters with diacritics: a message without any is probably not Vietnamese. */
const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;

/** Runs `fn`, expects a DomainError with `code` and a Vietnamese message; returns it. */
export function expectDomainError(fn: () => unknown, code: ErrorCode): DomainError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    const err = e as DomainError;
    expect(err.code).toBe(code);
    expect(err.message).toMatch(VIETNAMESE);
    return err;
  }
  throw new Error(`expected DomainError ${code}, nothing was thrown`);
}
