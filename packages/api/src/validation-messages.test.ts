import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import './trpc';

describe("zod's own messages", () => {
  test('an unknown key and a wrong type are refused in Vietnamese', () => {
    const schema = z.object({ name: z.string() }).strict();
    const unknownKey = schema.safeParse({ name: 'x', extra: 1 });
    expect(unknownKey.error?.issues[0]?.message).toBe('Khóa không được nhận dạng: "extra"');
    const wrongType = schema.safeParse({ name: 1 });
    expect(wrongType.error?.issues[0]?.message).toMatch(/^Đầu vào không hợp lệ/);
  });
});
