import {
  type ApiServices,
  authenticate,
  authorizeRoute,
  SIGNED_SCAN_MAX_BYTES,
  uploadEvidence,
  uploadSignedScan,
} from '@thidua/api';
import type { Logger } from '@thidua/config';
import { EVIDENCE_MAX_BYTES } from '@thidua/db/schema';
import { DomainError } from '@thidua/domain';
import type { Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { errorResponse, UUID } from './respond';

/** Room for the multipart envelope around the largest file. */
const ENVELOPE_BYTES = 64 * 1024;
const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/;

const tooLarge = (c: Context) =>
  c.json({ error: { code: 'FILE_TOO_LARGE', message: 'Tệp vượt quá dung lượng cho phép.' } }, 413);

/** The single `file` part of a multipart form, and the text fields beside it. */
async function readForm(c: Context) {
  let form: FormData;
  try {
    form = await c.req.formData();
  } catch {
    throw new DomainError('INVALID_INPUT', 'Yêu cầu tải tệp không hợp lệ (cần multipart/form-data).');
  }
  const file = form.get('file');
  if (!(file instanceof File)) throw new DomainError('INVALID_INPUT', 'Thiếu tệp cần tải lên.');
  const field = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' ? value : undefined;
  };
  return {
    file: {
      fileName: file.name,
      contentType: file.type.split(';')[0]?.trim() ?? '',
      bytes: Buffer.from(await file.arrayBuffer()),
    },
    field,
  };
}

const idField = (value: string | undefined, required: boolean) => {
  if (value === undefined || value === '') {
    if (required) throw new DomainError('INVALID_INPUT', 'Thiếu mã trong yêu cầu.');
    return null;
  }
  if (!ID.test(value)) throw new DomainError('INVALID_INPUT', 'Mã không hợp lệ.');
  return value;
};

/** Uploads: size-limited before the body is read, type-checked, hashed and audited. */
export function mountUploads(app: Hono, services: ApiServices, logger: Logger): void {
  app.post(
    '/api/evidence',
    bodyLimit({ maxSize: EVIDENCE_MAX_BYTES + ENVELOPE_BYTES, onError: tooLarge }),
    async (c) => {
      try {
        // Strangers are turned away before their upload is read.
        await authenticate(services, c.req.raw.headers);
        const { file, field } = await readForm(c);
        const cycleId = idField(field('cycleId'), true) as string;
        const unitId = idField(field('unitId'), true) as string;
        const criterionId = idField(field('criterionId'), false);
        const access = await authorizeRoute(services, c.req.raw.headers, 'files.uploadEvidence', {
          cycleId,
          unitId,
        });
        const saved = await uploadEvidence(services.db, access, { cycleId, unitId, criterionId, file });
        return c.json(saved, 201);
      } catch (error) {
        return errorResponse(c, error, logger);
      }
    },
  );

  app.post(
    '/api/files/:id/signed-scan',
    bodyLimit({ maxSize: SIGNED_SCAN_MAX_BYTES + ENVELOPE_BYTES, onError: tooLarge }),
    async (c) => {
      try {
        const documentId = c.req.param('id');
        if (!UUID.test(documentId)) throw new DomainError('NOT_FOUND', 'Không tìm thấy văn bản.');
        const access = await authorizeRoute(services, c.req.raw.headers, 'files.uploadSignedScan', {
          documentId,
        });
        const { file } = await readForm(c);
        const saved = await uploadSignedScan(services.db, access, { documentId, file });
        return c.json(saved, 201);
      } catch (error) {
        return errorResponse(c, error, logger);
      }
    },
  );
}
