import { FileInput, NativeSelect, Textarea, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { DateField } from '../../components/date-field';
import { t } from '../../i18n';
import { uploadForm } from '../../lib/upload';

const ACCEPT = '.pdf,.jpg,.jpeg,.png,.docx,.xlsx';

/** A file chosen for a step (a case's document, a withdrawal letter), sent when the step is taken. */
function StepFileInput({
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

interface TextField {
  label: string;
  value: string;
  onChange: (value: string) => void;
}

/**
 * What a step rests on: why (required), the document cited (required), what else the step asks
 * (`children`), and the document's file (optional).
 */
export function GroundsFields({
  reason,
  reference,
  file,
  children,
}: {
  reason: TextField;
  reference: TextField;
  file: { label: string; value: File | null; onChange: (file: File | null) => void };
  children?: ReactNode;
}) {
  return (
    <>
      <Textarea
        label={reason.label}
        autosize
        minRows={2}
        required
        value={reason.value}
        onChange={(e) => reason.onChange(e.currentTarget.value)}
      />
      <TextInput
        label={reference.label}
        required
        value={reference.value}
        onChange={(e) => reference.onChange(e.currentTarget.value)}
      />
      {children}
      <StepFileInput label={file.label} value={file.value} onChange={file.onChange} />
    </>
  );
}

/** A required day (YYYY-MM-DD) a step names: a letter's date, the day a case ended. */
export function DayField({ label, value, onChange }: TextField) {
  return <DateField label={label} required value={value} onChange={onChange} />;
}

/** A required choice among `options`, none chosen at first. */
export function ChoiceField({
  label,
  value,
  onChange,
  options,
  description,
}: TextField & { options: { value: string; label: string }[]; description?: string | undefined }) {
  return (
    <NativeSelect
      label={label}
      data={[{ value: '', label: t.conference.chooseOne }, ...options]}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      description={description}
      required
    />
  );
}
