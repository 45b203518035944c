import { expect, test } from 'vitest';
import { fileTypeOf, storedFileName } from './file-types';

const pdf = fileTypeOf('application/pdf')!;
const jpeg = fileTypeOf('image/jpeg')!;

test('stored names lose controls, invisible and path characters and end in the type’s extension', () => {
  expect(storedFileName('Báo cáo năm 2024.PDF', pdf)).toBe('Báo cáo năm 2024.pdf');
  expect(storedFileName('hoa\u202Egnp.exe.pdf', pdf)).toBe('hoa gnp.exe.pdf');
  expect(storedFileName('a\r\nb\t"c"<d>|e?.pdf', pdf)).toBe('a b c d e.pdf');
  expect(storedFileName('../../x.pdf', pdf)).toBe('x.pdf');
  expect(storedFileName('Ảnh.jpeg', jpeg)).toBe('Ảnh.jpg');
  expect(storedFileName(`${'ư'.repeat(300)}.pdf`, pdf)).toBe(`${'ư'.repeat(150)}.pdf`);
  expect(storedFileName('\u200b\u202e .pdf', pdf)).toBeUndefined();
  expect(storedFileName('a\ud800b.pdf', pdf)).toBe('ab.pdf');
});
