import {
  type ApiServices,
  authenticate,
  authorizeRoute,
  type ReceivedFile,
  SIGNED_SCAN_MAX_BYTES,
  uploadEvidence,
  uploadSignedScan,
  uploadStepFile,
} from '@thidua/api';
import type { Logger } from '@thidua/config';
import { EVIDENCE_MAX_BYTES, STEP_FILE_MAX_BYTES } from '@thidua/db/schema';
import { DomainError } from '@thidua/domain';
import type { Context, Hono } from 'hono';
import { receiveUpload } from './multipart';
import { errorResponse, UUID } from './respond';

/** Room for the multipart envelope around the largest file. */
const ENVELOPE_BYTES = 64 * 1024;
const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/;

const idField = (value: string | undefined, required: boolean) => {
  if (value === undefined || value === '') {
    if (required) throw new DomainError('INVALID_INPUT', 'Thiếu mã trong yêu cầu.');
    return null;
  }
  if (!ID.test(value)) throw new DomainError('INVALID_INPUT', 'Mã không hợp lệ.');
  return value;
};

/** A declared length past the limit is refused before a byte is read. */
function assertDeclaredSize(c: Context, maxFileBytes: number): void {
  const declared = Number(c.req.header('content-length') ?? 0);
  if (declared > maxFileBytes + ENVELOPE_BYTES)
    throw new DomainError('FILE_TOO_LARGE', undefined, { maxBytes: maxFileBytes });
}

/**
 * Receives the upload (streamed to a temporary file with a hard size limit), hands it to `handle`,
 * and deletes the temporary file whatever happens.
 */
async function withUpload<T>(
  c: Context,
  maxFileBytes: number,
  handle: (file: ReceivedFile, field: (name: string) => string | undefined) => Promise<T>,
): Promise<T> {
  assertDeclaredSize(c, maxFileBytes);
  const upload = await receiveUpload(c.req.raw, maxFileBytes);
  try {
    if (!upload.file) throw new DomainError('INVALID_INPUT', 'Thiếu tệp cần tải lên.');
    return await handle(upload.file, (name) => upload.fields.get(name));
  } finally {
    await upload.discard();
  }
}

/** Uploads: streamed with a hard size limit, type-checked by name and content, hashed and audited. */
export function mountUploads(app: Hono, services: ApiServices, logger: Logger): void {
  app.post('/api/evidence', async (c) => {
    try {
      // Strangers are turned away before their upload is read.
      await authenticate(services, c.req.raw.headers);
      const saved = await withUpload(c, EVIDENCE_MAX_BYTES, async (file, field) => {
        const cycleId = idField(field('cycleId'), true) as string;
        const unitId = idField(field('unitId'), true) as string;
        const criterionId = idField(field('criterionId'), false);
        const access = await authorizeRoute(services, c.req.raw.headers, 'files.uploadEvidence', {
          cycleId,
          unitId,
        });
        return uploadEvidence(services.db, access, { cycleId, unitId, criterionId, file });
      });
      return c.json(saved, 201);
    } catch (error) {
      return errorResponse(c, error, logger);
    }
  });

  // A file for a step about to be taken: a case's document, a unit's withdrawal letter.
  for (const [path, route, purpose] of [
    ['/api/step-files/eligibility-case', 'files.uploadCaseFile', 'eligibilityCase'],
    ['/api/step-files/withdrawal-letter', 'files.uploadLetter', 'withdrawalLetter'],
  ] as const) {
    app.post(path, async (c) => {
      try {
        await authenticate(services, c.req.raw.headers);
        const saved = await withUpload(c, STEP_FILE_MAX_BYTES, async (file, field) => {
          const cycleId = idField(field('cycleId'), true) as string;
          const unitId = idField(field('unitId'), true) as string;
          const access = await authorizeRoute(services, c.req.raw.headers, route, { cycleId, unitId });
          return uploadStepFile(services.db, access, { cycleId, unitId, purpose, file });
        });
        return c.json(saved, 201);
      } catch (error) {
        return errorResponse(c, error, logger);
      }
    });
  }

  app.post('/api/files/:id/signed-scan', async (c) => {
    try {
      const documentId = c.req.param('id');
      if (!UUID.test(documentId)) throw new DomainError('NOT_FOUND', 'Không tìm thấy văn bản.');
      const access = await authorizeRoute(services, c.req.raw.headers, 'files.uploadSignedScan', {
        documentId,
      });
      const saved = await withUpload(c, SIGNED_SCAN_MAX_BYTES, (file) =>
        uploadSignedScan(services.db, access, { documentId, file }),
      );
      return c.json(saved, 201);
    } catch (error) {
      return errorResponse(c, error, logger);
    }
  });
}
