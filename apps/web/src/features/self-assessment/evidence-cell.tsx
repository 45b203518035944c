import { Anchor, Button, FileButton, Progress, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage } from '../../api/errors';
import { fileRoutes } from '../../api/file-routes';
import { useApi } from '../../api/use-api';
import { t } from '../../i18n';
import { formatBytes } from '../../lib/format';
import { uploadForm } from '../../lib/upload';
import type { EvidenceFile } from './contract';

const ACCEPT = '.pdf,.jpg,.jpeg,.png,.docx,.xlsx';

interface Props {
  code: string;
  criterionId: string;
  files: EvidenceFile[];
  upload?: { cycleId: string; unitId: string } | undefined;
}

/** The evidence of one criterion: its files, and an upload with a progress bar. */
export function EvidenceCell({ code, criterionId, files, upload }: Props) {
  const api = useApi();
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<{ name: string; ratio: number } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const send = async (file: File | null) => {
    if (!file || !upload) return;
    setError(null);
    setProgress({ name: file.name, ratio: 0 });
    const form = new FormData();
    form.set('cycleId', upload.cycleId);
    form.set('unitId', upload.unitId);
    form.set('criterionId', criterionId);
    form.set('file', file);
    try {
      await uploadForm(fileRoutes.uploadEvidence, form, (ratio) => setProgress({ name: file.name, ratio }));
      await queryClient.invalidateQueries(api.selfAssessment.get.queryFilter(upload));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setProgress(null);
    }
  };

  return (
    <Stack gap={4}>
      {files.map((f) => (
        <Anchor key={f.id} href={fileRoutes.file(f.id)} size="xs" target="_blank" rel="noopener">
          {f.fileName} ({formatBytes(f.sizeBytes)})
        </Anchor>
      ))}
      {progress && (
        <Stack gap={2}>
          <Text size="xs">{t.selfAssessment.uploading(progress.name)}</Text>
          <Progress
            value={progress.ratio * 100}
            size="sm"
            aria-label={t.selfAssessment.uploading(progress.name)}
          />
        </Stack>
      )}
      {error && (
        <Text size="xs" c="red.8" role="alert">
          {error}
        </Text>
      )}
      {upload && !progress && (
        <FileButton onChange={send} accept={ACCEPT}>
          {(props) => (
            <Button
              {...props}
              size="compact-xs"
              variant="light"
              aria-label={t.selfAssessment.uploadLabel(code)}
            >
              {t.selfAssessment.upload}
            </Button>
          )}
        </FileButton>
      )}
    </Stack>
  );
}
