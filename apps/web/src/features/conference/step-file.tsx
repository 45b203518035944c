import { FileInput } from '@mantine/core';
import { t } from '../../i18n';
import { uploadForm } from '../../lib/upload';

const ACCEPT = '.pdf,.jpg,.jpeg,.png,.docx,.xlsx';

/** A file chosen for a step (a case's document, a withdrawal letter), sent when the step is taken. */
export function StepFileInput({
  label,
  value,
  onChange,
  required = false,
}: {
  label: string;
  value: File | null;
  onChange: (file: File | null) => void;
  required?: boolean;
}) {
  return (
    <FileInput
      label={label}
      description={t.conference.stepFileHint}
      accept={ACCEPT}
      clearable
      required={required}
      value={value}
      onChange={onChange}
    />
  );
}

/** Uploads the chosen file for the unit's year; the step then names it by the id answered. */
export async function sendStepFile(
  route: string,
  target: { cycleId: string; unitId: string },
  file: File | null,
): Promise<string | undefined> {
  if (!file) return undefined;
  const form = new FormData();
  form.set('cycleId', target.cycleId);
  form.set('unitId', target.unitId);
  form.set('file', file);
  const saved = await uploadForm<{ id: string }>(route, form, () => undefined);
  return saved.id;
}
