import { t } from '../i18n';
import { httpErrorFrom } from './upload';

/** The file name from a Content-Disposition header (RFC 5987 UTF-8 form first). */
function fileNameOf(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (utf8?.[1]) return decodeURIComponent(utf8[1]);
  const plain = /filename="?([^";]+)"?/i.exec(header);
  return plain?.[1] ?? fallback;
}

/** Fetches a file route and saves it, so a refusal can be shown in Vietnamese instead of a raw page. */
export async function downloadFile(url: string, fallbackName: string): Promise<void> {
  const res = await fetch(url, { credentials: 'same-origin' });
  if (!res.ok) throw await httpErrorFrom(res.status, await res.text());
  saveBlob(
    await res.blob(),
    fileNameOf(res.headers.get('content-disposition'), fallbackName || t.common.download),
  );
}

/** Saves bytes the browser holds as a file. */
export function saveBlob(blob: Blob, fileName: string): void {
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

/** The bytes of a file route (for the in-browser preview). */
export async function fetchBytes(url: string): Promise<ArrayBuffer> {
  const res = await fetch(url, { credentials: 'same-origin' });
  if (!res.ok) throw await httpErrorFrom(res.status, await res.text());
  return res.arrayBuffer();
}
