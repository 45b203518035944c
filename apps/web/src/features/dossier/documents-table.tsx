import { Anchor, Text } from '@mantine/core';
import { fileRoutes } from '../../api/file-routes';
import { DataTable } from '../../components/data-table';
import { t } from '../../i18n';
import { formatBytes } from '../../lib/format';
import { Checksum } from './checksum';
import type { DossierDocument } from './contract';
import { DocumentActions } from './document-actions';

export function DocumentsTable({
  documents,
  canUploadScan,
}: {
  documents: DossierDocument[];
  canUploadScan: boolean;
}) {
  return (
    <DataTable
      striped
      miw={900}
      aria-label={t.dossier.documentsTitle}
      rows={documents}
      rowKey={(doc) => doc.id}
      columns={[
        { header: t.dossier.document, rowHeader: true, cell: (doc) => doc.title },
        { header: t.dossier.number, cell: (doc) => doc.numberLabel ?? '—' },
        { header: t.dossier.version, cell: (doc) => t.dossier.versionN(doc.version) },
        { header: t.dossier.checksum, cell: (doc) => <Checksum value={doc.sha256} /> },
        {
          header: t.dossier.size,
          cellProps: () => ({ className: 'tabular' }),
          cell: (doc) => formatBytes(doc.sizeBytes),
        },
        {
          header: t.dossier.signedScan,
          cell: (doc) =>
            doc.signedScan ? (
              <Anchor href={fileRoutes.signedScan(doc.id)} size="sm">
                {doc.signedScan.fileName}
              </Anchor>
            ) : (
              <Text size="sm" c="dimmed">
                {t.dossier.noScan}
              </Text>
            ),
        },
        {
          header: t.common.actions,
          cell: (doc) => <DocumentActions doc={doc} canUploadScan={canUploadScan} />,
        },
      ]}
    />
  );
}
