import { Button, FileButton, Group, Progress, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { errorMessage } from '../../api/errors';
import { fileRoutes } from '../../api/file-routes';
import { useApi } from '../../api/use-api';
import { DataTable } from '../../components/data-table';
import { DialogButton } from '../../components/dialog';
import { DownloadButton } from '../../components/download-button';
import { QueryState } from '../../components/query-state';
import { t } from '../../i18n';
import { formatBytes, formatDateTime } from '../../lib/format';
import { uploadForm } from '../../lib/upload';
import { Checksum } from './checksum';
import type { DossierDocument } from './contract';

const DocxPreview = lazy(() => import('./docx-preview'));

export function DocumentActions({ doc, canUploadScan }: { doc: DossierDocument; canUploadScan: boolean }) {
  const isDocx = doc.fileName.toLowerCase().endsWith('.docx');
  return (
    <Group gap={4} wrap="wrap">
      <DownloadButton
        url={fileRoutes.file(doc.id)}
        fileName={doc.fileName}
        label={t.common.download}
        ariaLabel={t.dossier.downloadDoc(doc.title)}
        size="compact-sm"
        variant="light"
      />
      {isDocx && (
        <DialogButton
          label={t.common.preview}
          ariaLabel={t.dossier.previewDoc(doc.title)}
          title={t.dossier.previewTitle(doc.title)}
          size="xl"
        >
          {() => (
            <Suspense fallback={<Text size="sm">{t.common.loading}</Text>}>
              <DocxPreview url={fileRoutes.file(doc.id)} />
            </Suspense>
          )}
        </DialogButton>
      )}
      <DialogButton
        label={t.dossier.history}
        ariaLabel={t.dossier.historyOf(doc.title)}
        title={t.dossier.historyOf(doc.title)}
        size="lg"
      >
        {() => <Versions documentId={doc.id} />}
      </DialogButton>
      {canUploadScan && <ScanUpload doc={doc} />}
    </Group>
  );
}

function Versions({ documentId }: { documentId: string }) {
  const api = useApi();
  const query = useQuery(api.dossier.versions.queryOptions({ documentId }));
  return (
    <QueryState query={query}>
      {(versions) => (
        <DataTable
          aria-label={t.dossier.history}
          rows={versions}
          rowKey={(v) => v.id}
          columns={[
            { header: t.dossier.version, cell: (v) => t.dossier.versionN(v.version) },
            { header: t.common.status, cell: (v) => t.dossier.documentStatuses[v.status] ?? v.status },
            { header: t.dossier.createdAt, cell: (v) => formatDateTime(v.createdAt) },
            { header: t.dossier.checksum, cell: (v) => <Checksum value={v.sha256} /> },
            { header: t.dossier.size, cell: (v) => formatBytes(v.sizeBytes) },
            {
              header: t.common.actions,
              cell: (v) => (
                <DownloadButton
                  url={fileRoutes.file(v.id)}
                  fileName={v.fileName}
                  label={t.common.download}
                  size="compact-xs"
                  variant="light"
                />
              ),
            },
          ]}
        />
      )}
    </QueryState>
  );
}

function ScanUpload({ doc }: { doc: DossierDocument }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const [ratio, setRatio] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const send = async (file: File | null) => {
    if (!file) return;
    setError(null);
    setRatio(0);
    const form = new FormData();
    form.set('file', file);
    try {
      await uploadForm(fileRoutes.uploadSignedScan(doc.id), form, setRatio);
      await queryClient.invalidateQueries(api.dossier.list.pathFilter());
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setRatio(null);
    }
  };
  return (
    <>
      {ratio === null ? (
        <FileButton onChange={send} accept=".pdf,.jpg,.jpeg,.png">
          {(props) => (
            <Button
              {...props}
              size="compact-sm"
              variant="subtle"
              aria-label={t.dossier.uploadScanFor(doc.title)}
            >
              {t.dossier.uploadScan}
            </Button>
          )}
        </FileButton>
      ) : (
        <Progress value={ratio * 100} w={120} aria-label={t.dossier.uploadScanFor(doc.title)} />
      )}
      {error && (
        <Text size="xs" c="red.9" role="alert">
          {error}
        </Text>
      )}
    </>
  );
}
