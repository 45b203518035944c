import { expect, test } from 'vitest';
import { contentDisposition } from './content-disposition';

test('UTF-8 name per RFC 5987 with an ASCII fallback', () => {
  expect(contentDisposition('Tờ trình số 05/TTr-KTĐNC.docx')).toBe(
    `attachment; filename="To trinh so 05_TTr-KTDNC.docx"; filename*=UTF-8''T%E1%BB%9D%20tr%C3%ACnh%20s%E1%BB%91%2005_TTr-KT%C4%90NC.docx`,
  );
});

test('quotes, line breaks and NFD input cannot break the header', () => {
  const value = contentDisposition('a"b\r\nc'.concat('Đ'.normalize('NFD')));
  expect(value).not.toMatch(/[\r\n]/);
  expect(value).toContain('filename="a_b__cD"');
});
