import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ReceivedFile } from '@thidua/api';
import { DomainError } from '@thidua/domain';

/**
 * A multipart/form-data upload read as a stream: the one `file` part goes to a temporary file while
 * it arrives (hashed and measured on the way) and the reading stops with FILE_TOO_LARGE as soon as
 * it passes the limit; the other parts are short text fields. Memory holds one network chunk at a
 * time, however large the file.
 */
export interface ReceivedUpload {
  fields: Map<string, string>;
  file: ReceivedFile | undefined;
  /** Deletes the temporary file; call it whatever happened. */
  discard(): Promise<void>;
}

const FIELD_MAX_BYTES = 1024;
const HEADER_MAX_BYTES = 8 * 1024;
const MAX_PARTS = 10;
const HEAD_BYTES = 64;
const uploadDir = path.join(tmpdir(), 'thidua-uploads');

const invalid = (message: string) => new DomainError('INVALID_INPUT', message);

function boundaryOf(contentType: string | null): string {
  const match = /^multipart\/form-data\s*;.*boundary=(?:"([^"]{1,70})"|([^\s;]{1,70}))/i.exec(
    contentType ?? '',
  );
  const boundary = match?.[1] ?? match?.[2];
  if (!boundary) throw invalid('Yêu cầu tải tệp không hợp lệ (cần multipart/form-data).');
  return boundary;
}

interface PartHeaders {
  name: string;
  fileName: string | undefined;
  contentType: string;
}

function parsePartHeaders(text: string): PartHeaders {
  let name: string | undefined;
  let fileName: string | undefined;
  let contentType = '';
  for (const line of text.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (key === 'content-disposition') {
      name = /(?:^|;)\s*name="([^"]*)"/i.exec(value)?.[1];
      const star = /(?:^|;)\s*filename\*=UTF-8''([^;]+)/i.exec(value)?.[1];
      const plain = /(?:^|;)\s*filename="((?:[^"\\]|\\.)*)"/i.exec(value)?.[1];
      try {
        fileName = star ? decodeURIComponent(star) : plain?.replace(/\\(.)/g, '$1');
      } catch {
        throw invalid('Tên tệp không hợp lệ.');
      }
    } else if (key === 'content-type') contentType = value.split(';')[0]?.trim().toLowerCase() ?? '';
  }
  if (name === undefined) throw invalid('Yêu cầu tải tệp không hợp lệ.');
  return { name, fileName, contentType };
}

/** The file being written: a temporary file, its hash, size and first bytes. */
class FileSink {
  readonly path = path.join(uploadDir, randomUUID());
  readonly #out: WriteStream;
  readonly #hash = createHash('sha256');
  #failed: Error | undefined;
  size = 0;
  head = Buffer.alloc(0);

  constructor(
    readonly headers: PartHeaders,
    readonly maxBytes: number,
  ) {
    this.#out = createWriteStream(this.path, { flags: 'wx', mode: 0o600 });
    // A disk error surfaces at the next write or at close, not as an unhandled event.
    this.#out.on('error', (error) => {
      this.#failed = error;
    });
  }

  async write(bytes: Uint8Array): Promise<void> {
    if (this.#failed) throw this.#failed;
    if (bytes.length === 0) return;
    this.size += bytes.length;
    if (this.size > this.maxBytes)
      throw new DomainError('FILE_TOO_LARGE', undefined, { maxBytes: this.maxBytes });
    if (this.head.length < HEAD_BYTES) {
      this.head = Buffer.concat([this.head, bytes.subarray(0, HEAD_BYTES - this.head.length)]);
    }
    this.#hash.update(bytes);
    if (!this.#out.write(bytes))
      await new Promise<void>((resolve) => this.#out.once('drain', () => resolve()));
  }

  async close(): Promise<ReceivedFile> {
    if (this.#failed) throw this.#failed;
    await new Promise<void>((resolve, reject) =>
      this.#out.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
    return {
      fileName: this.headers.fileName ?? '',
      contentType: this.headers.contentType,
      path: this.path,
      sizeBytes: this.size,
      sha256: this.#hash.digest('hex'),
      head: this.head,
    };
  }

  destroy(): void {
    this.#out.destroy();
  }
}

/** Reads `request`'s multipart body; the file part may hold at most `maxFileBytes`. */
export async function receiveUpload(request: Request, maxFileBytes: number): Promise<ReceivedUpload> {
  const boundary = boundaryOf(request.headers.get('content-type'));
  const delimiter = Buffer.from(`\r\n--${boundary}`);
  const fields = new Map<string, string>();
  let file: ReceivedFile | undefined;
  let sink: FileSink | undefined;
  const temporary: string[] = [];
  const discard = async () => {
    sink?.destroy();
    await Promise.all(temporary.map((p) => rm(p, { force: true })));
  };
  if (!request.body) throw invalid('Thiếu tệp cần tải lên.');
  await mkdir(uploadDir, { recursive: true, mode: 0o700 });
  const reader = request.body.getReader();

  // The body as "\r\n" + body, so the first delimiter looks like every other one.
  let pending: Buffer = Buffer.from('\r\n');
  let state: 'preamble' | 'headers' | 'body' | 'done' = 'preamble';
  let part: PartHeaders | undefined;
  let field: Buffer[] = [];
  let fieldSize = 0;
  let parts = 0;

  const emit = async (bytes: Buffer) => {
    if (!part) return;
    if (sink) await sink.write(bytes);
    else {
      fieldSize += bytes.length;
      if (fieldSize > FIELD_MAX_BYTES) throw invalid('Trường dữ liệu của yêu cầu tải tệp quá dài.');
      field.push(bytes);
    }
  };
  const endPart = async () => {
    if (!part) return;
    if (sink) {
      file = await sink.close();
      sink = undefined;
    } else fields.set(part.name, Buffer.concat(field).toString('utf8'));
    part = undefined;
    field = [];
    fieldSize = 0;
  };

  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (value) pending = pending.length ? Buffer.concat([pending, value]) : Buffer.from(value);
      // Consume as much of `pending` as the state allows.
      for (;;) {
        if (state === 'preamble' || state === 'body') {
          const at = pending.indexOf(delimiter);
          if (at < 0) {
            // Keep a tail that could be the start of a delimiter; the rest is the part's data.
            const keep = Math.min(pending.length, delimiter.length + 1);
            if (state === 'body') await emit(pending.subarray(0, pending.length - keep));
            pending = pending.subarray(pending.length - keep);
            break;
          }
          const after = at + delimiter.length;
          if (pending.length < after + 2) break;
          if (state === 'body') await emit(pending.subarray(0, at));
          await endPart();
          const marker = pending.toString('latin1', after, after + 2);
          pending = pending.subarray(after + 2);
          if (marker === '--') state = 'done';
          else if (marker === '\r\n') state = 'headers';
          else throw invalid('Yêu cầu tải tệp không hợp lệ.');
        } else if (state === 'headers') {
          const end = pending.indexOf('\r\n\r\n');
          if (end < 0) {
            if (pending.length > HEADER_MAX_BYTES) throw invalid('Yêu cầu tải tệp không hợp lệ.');
            break;
          }
          if (++parts > MAX_PARTS) throw invalid('Yêu cầu tải tệp có quá nhiều phần.');
          part = parsePartHeaders(pending.toString('utf8', 0, end));
          pending = pending.subarray(end + 4);
          if (part.fileName !== undefined) {
            if (part.name !== 'file' || file || sink) throw invalid('Mỗi lần chỉ tải lên một tệp.');
            sink = new FileSink(part, maxFileBytes);
            temporary.push(sink.path);
          }
          state = 'body';
        } else break;
      }
      if (state === 'done') {
        await reader.cancel();
        break;
      }
      if (done) throw invalid('Yêu cầu tải tệp bị cắt ngang.');
    }
  } catch (error) {
    await reader.cancel().catch(() => {});
    await discard();
    throw error;
  }
  return { fields, file, discard };
}
