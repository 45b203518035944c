import { expect, test } from 'vitest';
import {
  BODY_MAX_BYTES,
  batchRefused,
  bodyLimitOf,
  MAX_JSON_DEPTH,
  nestsDeeperThan,
  PUBLIC_BODY_MAX_BYTES,
  procedurePaths,
} from './trpc-request';

test('a batch naming a password check is refused; other batches and single calls pass', () => {
  expect(batchRefused(procedurePaths('/api/trpc/auth.signIn,auth.signIn'))).toBe(true);
  expect(batchRefused(procedurePaths('/api/trpc/cycles.list%2Cauth.changePassword'))).toBe(true);
  expect(batchRefused(procedurePaths('/api/trpc/auth.signIn'))).toBe(false);
  expect(batchRefused(procedurePaths('/api/trpc/cycles.list,auth.me'))).toBe(false);
  // Under an action key, a request is one action: a batch would share it.
  expect(batchRefused(procedurePaths('/api/trpc/review.lock,review.lock'), true)).toBe(true);
  expect(batchRefused(procedurePaths('/api/trpc/review.lock'), true)).toBe(false);
});

test('public and unknown procedures get the small body limit', () => {
  expect(bodyLimitOf(['auth.signIn'])).toBe(PUBLIC_BODY_MAX_BYTES);
  expect(bodyLimitOf(['cycles.list', 'system.info'])).toBe(PUBLIC_BODY_MAX_BYTES);
  expect(bodyLimitOf(['no.such.procedure'])).toBe(PUBLIC_BODY_MAX_BYTES);
  expect(bodyLimitOf(['cycles.list', 'auth.me'])).toBe(BODY_MAX_BYTES);
});

test('nesting is measured without parsing, brackets inside strings aside', () => {
  const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
  expect(nestsDeeperThan(deep(MAX_JSON_DEPTH), MAX_JSON_DEPTH)).toBe(false);
  expect(nestsDeeperThan(deep(MAX_JSON_DEPTH + 1), MAX_JSON_DEPTH)).toBe(true);
  expect(nestsDeeperThan(JSON.stringify({ a: '[[[[[[\\"[[[[' }), 2)).toBe(false);
  expect(nestsDeeperThan(JSON.stringify({ json: { a: [{ b: [1] }] } }), 5)).toBe(false);
  expect(nestsDeeperThan(JSON.stringify({ json: { a: [{ b: [1] }] } }), 4)).toBe(true);
});
