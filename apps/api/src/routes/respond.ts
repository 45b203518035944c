import { contentDisposition, httpError } from '@thidua/api';
import type { Logger } from '@thidua/config';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** A coded refusal as JSON (same code and message as tRPC would give); unexpected errors are logged. */
export function errorResponse(c: Context, error: unknown, logger: Logger): Response {
  const { status, body } = httpError(error);
  if (status >= 500) logger.error({ err: error, path: c.req.path }, 'file route failed');
  return c.json(body, status as ContentfulStatusCode);
}

/**
 * A stored file as a download: exact type, UTF-8 file name, never cached by shared caches. The
 * bytes, or a stream of them with its size.
 */
export function fileResponse(
  file: { fileName: string; contentType: string; sha256?: string } & (
    | { bytes: Uint8Array }
    | { stream: ReadableStream<Uint8Array>; sizeBytes: number }
  ),
): Response {
  const headers = new Headers({
    'content-type': file.contentType,
    'content-disposition': contentDisposition(file.fileName),
    'content-length': String('bytes' in file ? file.bytes.byteLength : file.sizeBytes),
    'cache-control': 'private, no-store',
    'x-content-type-options': 'nosniff',
    // An uploaded file must never run as a page of this origin.
    'content-security-policy': "default-src 'none'; sandbox",
  });
  if (file.sha256) headers.set('etag', `"${file.sha256}"`);
  return new Response('bytes' in file ? file.bytes : file.stream, { status: 200, headers });
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
