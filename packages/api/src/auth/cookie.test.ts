import { expect, test } from 'vitest';
import { readSessionToken, sessionCookie } from './cookie';

const token = 'a'.repeat(43);

test('reads our token under either name, and nothing malformed', () => {
  expect(readSessionToken(`x=1; thidua_session=${token}`)).toBe(token);
  expect(readSessionToken(`__Host-thidua_session=${token}`)).toBe(token);
  expect(readSessionToken('thidua_session=short')).toBeUndefined();
  expect(readSessionToken(null)).toBeUndefined();
});

test('the cookie is HttpOnly, SameSite=Lax, Path=/, and Secure with __Host- over https', () => {
  expect(sessionCookie(token, false)).toBe(`thidua_session=${token}; Path=/; HttpOnly; SameSite=Lax`);
  expect(sessionCookie(token, true)).toBe(
    `__Host-thidua_session=${token}; Path=/; HttpOnly; SameSite=Lax; Secure`,
  );
});
