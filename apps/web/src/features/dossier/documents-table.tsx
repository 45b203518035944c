import { Anchor, ScrollArea, Table, Text } from '@mantine/core';
import { fileRoutes } from '../../api/file-routes';
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
    <ScrollArea>
      <Table striped withTableBorder miw={900} aria-label={t.dossier.documentsTitle}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t.dossier.document}</Table.Th>
            <Table.Th scope="col">{t.dossier.number}</Table.Th>
            <Table.Th scope="col">{t.dossier.version}</Table.Th>
            <Table.Th scope="col">{t.dossier.checksum}</Table.Th>
            <Table.Th scope="col">{t.dossier.size}</Table.Th>
            <Table.Th scope="col">{t.dossier.signedScan}</Table.Th>
            <Table.Th scope="col">{t.common.actions}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {documents.map((doc) => (
            <Table.Tr key={doc.id}>
              <Table.Th scope="row" fw={500}>
                {doc.title}
              </Table.Th>
              <Table.Td>{doc.numberLabel ?? '—'}</Table.Td>
              <Table.Td>{t.dossier.versionN(doc.version)}</Table.Td>
              <Table.Td>
                <Checksum value={doc.sha256} />
              </Table.Td>
              <Table.Td className="tabular">{formatBytes(doc.sizeBytes)}</Table.Td>
              <Table.Td>
                {doc.signedScan ? (
                  <Anchor href={fileRoutes.signedScan(doc.id)} size="sm">
                    {doc.signedScan.fileName}
                  </Anchor>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t.dossier.noScan}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <DocumentActions doc={doc} canUploadScan={canUploadScan} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}
