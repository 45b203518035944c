import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe: the cookie value. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The session row id: a stolen table holds no usable token. */
export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
