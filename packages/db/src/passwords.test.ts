import { describe, expect, test } from 'vitest';
import { hashPassword, needsRehash, verifyPassword } from './passwords';

const fast = { N: 1024, r: 8, p: 1 };

describe('passwords', () => {
  test('hash format scrypt$N$r$p$salt$hash, salted, verifiable', async () => {
    const a = await hashPassword('Mật khẩu 1', fast);
    const b = await hashPassword('Mật khẩu 1', fast);
    expect(a).toMatch(/^scrypt\$1024\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('Mật khẩu 1', a)).toBe(true);
    expect(await verifyPassword('Mật khẩu 2', a)).toBe(false);
  });

  test('NFC and NFD spellings of the same password verify alike', async () => {
    const stored = await hashPassword('Thi đua Nội chính'.normalize('NFD'), fast);
    expect(await verifyPassword('Thi đua Nội chính'.normalize('NFC'), stored)).toBe(true);
  });

  test('malformed or hostile hashes read as a wrong password, never throw', async () => {
    for (const stored of [
      '',
      'plain',
      'scrypt$1$8$1$a$b',
      `scrypt$${2 ** 24}$8$1$YQ==$YQ==`,
      'bcrypt$x',
      'scrypt$1024$8$1$$',
    ]) {
      expect(await verifyPassword('x', stored)).toBe(false);
    }
  });

  test('needsRehash flags weaker parameters', async () => {
    expect(needsRehash(await hashPassword('x', fast))).toBe(true);
    expect(needsRehash('scrypt$16384$8$1$a$b')).toBe(false);
  });
});
