import { Anchor, Button, FileButton, Group, Progress, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage } from '../../api/errors';
import { fileRoutes } from '../../api/file-routes';
import { useApi } from '../../api/use-api';
import { ConfirmButton } from '../../components/confirm-button';
import { t } from '../../i18n';
import { formatBytes } from '../../lib/format';
import { uploadForm } from '../../lib/upload';
import type { EvidenceFile } from './contract';
import { evidenceAccept, evidenceProblem } from './evidence-rules';

/** The id of the line stating the types and size allowed (above the criteria table). */
export const EVIDENCE_RULES_ID = 'evidence-rules';

interface Props {
  code: string;
  criterionId: string;
  files: EvidenceFile[];
  upload?: Upload | undefined;
}

interface Upload {
  cycleId: string;
  unitId: string;
}

const FileLink = ({ file }: { file: EvidenceFile }) => (
  <Anchor href={fileRoutes.file(file.id)} size="xs" target="_blank" rel="noopener">
    {file.fileName} ({formatBytes(file.sizeBytes)})
  </Anchor>
);

/**
 * The evidence of one criterion: its files and, while the sheet is a draft, an upload with a progress
 * bar (size and type checked before sending), and each file's removal or replacement. A sheet that
 * can no longer change shows the links alone.
 */
export function EvidenceCell(props: Props) {
  return props.upload ? (
    <EvidenceEditor {...props} upload={props.upload} />
  ) : (
    <Stack gap={4}>
      {props.files.map((f) => (
        <FileLink key={f.id} file={f} />
      ))}
    </Stack>
  );
}

function EvidenceEditor({ code, criterionId, files, upload }: Props & { upload: Upload }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<{ name: string; ratio: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries(api.selfAssessment.get.queryFilter(upload));
  const { mutateAsync: deleteFile } = useMutation(api.selfAssessment.deleteEvidence.mutationOptions());
  const remove = (evidenceId: string) => deleteFile({ ...upload, evidenceId });

  /** Sends a file; a replacement removes the old one once the new one is stored. */
  const send = async (file: File | null, replaces?: EvidenceFile) => {
    if (!file) return;
    const problem = evidenceProblem(file);
    setError(problem ?? null);
    if (problem) return;
    setProgress({ name: file.name, ratio: 0 });
    const form = new FormData();
    form.set('cycleId', upload.cycleId);
    form.set('unitId', upload.unitId);
    form.set('criterionId', criterionId);
    form.set('file', file);
    try {
      await uploadForm(fileRoutes.uploadEvidence, form, (ratio) => setProgress({ name: file.name, ratio }));
      if (replaces) await remove(replaces.id);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setProgress(null);
      await refresh();
    }
  };

  return (
    <Stack gap={4}>
      {files.map((f) => (
        <Stack key={f.id} gap={2}>
          <FileLink file={f} />
          {!progress && (
            <Group gap={4}>
              <FileButton onChange={(file) => void send(file, f)} accept={evidenceAccept}>
                {(props) => (
                  <Button
                    {...props}
                    size="compact-xs"
                    variant="subtle"
                    aria-label={t.selfAssessment.replaceFileLabel(f.fileName)}
                    aria-describedby={EVIDENCE_RULES_ID}
                  >
                    {t.selfAssessment.replaceFile}
                  </Button>
                )}
              </FileButton>
              <ConfirmButton
                label={t.selfAssessment.deleteFile}
                aria-label={t.selfAssessment.deleteFileLabel(f.fileName)}
                message={t.selfAssessment.deleteFileConfirm(f.fileName)}
                size="compact-xs"
                variant="subtle"
                color="red"
                onConfirm={async () => {
                  await remove(f.id);
                  await refresh();
                }}
              />
            </Group>
          )}
        </Stack>
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
        <Text size="xs" c="red.9" role="alert">
          {error}
        </Text>
      )}
      {!progress && (
        <FileButton onChange={(file) => void send(file)} accept={evidenceAccept}>
          {(props) => (
            <Button
              {...props}
              size="compact-xs"
              variant="light"
              aria-label={t.selfAssessment.uploadLabel(code)}
              aria-describedby={EVIDENCE_RULES_ID}
            >
              {t.selfAssessment.upload}
            </Button>
          )}
        </FileButton>
      )}
    </Stack>
  );
}
