import {
  type ApiServices,
  authenticate,
  authorizeRoute,
  documentFile,
  dossierZip,
  evidenceFile,
  findFileKind,
  signedScanFile,
  stepFile,
  storedFileStream,
} from '@thidua/api';
import type { Logger } from '@thidua/config';
import { DomainError } from '@thidua/domain';
import type { Hono } from 'hono';
import { errorResponse, fileResponse, UUID } from './respond';

const notFound = () => new DomainError('NOT_FOUND', 'Không tìm thấy tệp.');

/**
 * Downloads, authorised like the data they show: a record of the cycle for its bloc and province,
 * an evidence file for its unit (and the bloc's reviewers once the sheet is handed in).
 */
export function mountDownloads(app: Hono, services: ApiServices, logger: Logger): void {
  /** A file stored in chunks, streamed one chunk at a time. */
  const chunked = (file: {
    fileName: string;
    contentType: string;
    sha256: string;
    sizeBytes: number;
    storageKey: string | null;
  }) => {
    if (!file.storageKey) throw notFound();
    return fileResponse({
      fileName: file.fileName,
      contentType: file.contentType,
      sha256: file.sha256,
      stream: storedFileStream(services.db, file.storageKey),
      sizeBytes: file.sizeBytes,
    });
  };

  app.get('/api/files/:id', async (c) => {
    try {
      await authenticate(services, c.req.raw.headers);
      const id = c.req.param('id');
      const kind = UUID.test(id) ? await findFileKind(services.db, id) : undefined;
      if (kind === 'document') {
        await authorizeRoute(services, c.req.raw.headers, 'files.document', { documentId: id });
        const file = await documentFile(services.db, id);
        if (!file?.bytes) throw notFound();
        return fileResponse({ ...file, bytes: file.bytes });
      }
      if (kind === 'evidence') {
        const access = await authorizeRoute(services, c.req.raw.headers, 'files.evidence', {
          evidenceId: id,
        });
        const file = await evidenceFile(services.db, id);
        // A draft's evidence is the unit's alone.
        if (!file || (access.grant.scopeKind !== 'unit' && file.sheetStatus === 'draft')) throw notFound();
        if (file.bytes) return fileResponse({ ...file, bytes: file.bytes });
        return chunked(file);
      }
      throw notFound();
    } catch (error) {
      return errorResponse(c, error, logger);
    }
  });

  app.get('/api/step-files/:id', async (c) => {
    try {
      await authenticate(services, c.req.raw.headers);
      const id = c.req.param('id');
      const file = UUID.test(id) ? await stepFile(services.db, id) : undefined;
      if (!file) throw notFound();
      await authorizeRoute(services, c.req.raw.headers, 'files.stepFile', { cycleId: file.cycleId });
      return chunked(file);
    } catch (error) {
      return errorResponse(c, error, logger);
    }
  });

  app.get('/api/files/:id/signed', async (c) => {
    try {
      await authenticate(services, c.req.raw.headers);
      const id = c.req.param('id');
      if (!UUID.test(id)) throw notFound();
      await authorizeRoute(services, c.req.raw.headers, 'files.document', { documentId: id });
      const file = await signedScanFile(services.db, id);
      if (!file?.bytes) throw notFound();
      return fileResponse({ ...file, bytes: file.bytes });
    } catch (error) {
      return errorResponse(c, error, logger);
    }
  });

  app.get('/api/cycles/:cycleId/dossier.zip', async (c) => {
    try {
      await authenticate(services, c.req.raw.headers);
      const cycleId = c.req.param('cycleId');
      if (!/^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/.test(cycleId)) throw notFound();
      await authorizeRoute(services, c.req.raw.headers, 'files.dossierZip', { cycleId });
      const zip = await dossierZip(services.db, cycleId);
      return fileResponse({ fileName: zip.fileName, contentType: 'application/zip', bytes: zip.bytes });
    } catch (error) {
      return errorResponse(c, error, logger);
    }
  });
}
