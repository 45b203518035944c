/**
 * `attachment; filename="ascii"; filename*=UTF-8''percent-encoded` (RFC 6266 + RFC 5987): modern
 * browsers use the UTF-8 name ("Tờ trình.docx"); the ASCII one is for the rest.
 */
export function contentDisposition(
  fileName: string,
  disposition: 'attachment' | 'inline' = 'attachment',
): string {
  const name = fileName.normalize('NFC').replace(/[\r\n"\\/]/g, '_');
  const ascii =
    name
      .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9._ -]/g, '_')
      .trim() || 'tep';
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
