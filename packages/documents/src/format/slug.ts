/** ASCII file-name slug: "Sở Tư pháp" → "so-tu-phap", "01/TTr-KTĐNC" → "01-TTr-KTDNC" (case kept). */
export function slug(text: string, lower = true): string {
  const ascii = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
  const s = (lower ? ascii.toLowerCase() : ascii).replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return s;
}
