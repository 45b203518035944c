import { Textarea } from '@mantine/core';
import { noteProblem, SELF_NOTE_MAX_CHARS } from '@thidua/domain';
import type { ChangeEvent } from 'react';
import { ScoreInput } from '../../components/score-input';
import { t } from '../../i18n';
import { formatNumber } from '../../lib/format';
import { countError, pointsError, problemMessage, type SheetForm } from './sheet-form';
import { type SheetStore, useSheetEntry } from './sheet-store';

interface EntryProps {
  store: SheetStore;
  id: string;
  'aria-label': string;
  readOnly: boolean;
}

/**
 * One entry of the sheet bound to the store: its value and its change. A read-only entry looks
 * filled, so nobody takes it for a field to type in.
 */
function useEntry(store: SheetStore, field: keyof SheetForm, id: string, readOnly: boolean) {
  const value = useSheetEntry(store, field, id);
  return {
    value,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      const typed = event.currentTarget.value;
      store.update((f) => ({ ...f, [field]: { ...f[field], [id]: typed } }));
    },
    readOnly,
    variant: readOnly ? 'filled' : 'default',
  };
}

/** A criterion's score or a bonus's points, up to its maximum in steps of the template's. */
export function PointsField({
  field,
  max,
  step,
  ...props
}: EntryProps & { field: 'scores' | 'bonuses'; max: number; step: number }) {
  const entry = useEntry(props.store, field, props.id, props.readOnly);
  return (
    <ScoreInput aria-label={props['aria-label']} {...entry} error={pointsError(entry.value, max, step)} />
  );
}

/** How many times a penalty applies. */
export function CountField({ maxCount, ...props }: EntryProps & { maxCount: number | undefined }) {
  const entry = useEntry(props.store, 'penalties', props.id, props.readOnly);
  return (
    <ScoreInput whole aria-label={props['aria-label']} {...entry} error={countError(entry.value, maxCount)} />
  );
}

const noteOrder: ('label' | 'input' | 'description' | 'error')[] = ['label', 'input', 'description', 'error'];

/** An explanation, with its length against the limit and the message next to it when too long. */
export function NoteField(props: EntryProps) {
  const entry = useEntry(props.store, 'notes', props.id, props.readOnly);
  const problem = noteProblem(entry.value);
  return (
    <Textarea
      aria-label={props['aria-label']}
      size="xs"
      className="grows-with-text"
      rows={1}
      resize="vertical"
      {...entry}
      error={problem ? problemMessage(problem) : undefined}
      description={
        props.readOnly || entry.value.length === 0
          ? undefined
          : t.selfAssessment.noteLength(
              formatNumber(entry.value.trim().length),
              formatNumber(SELF_NOTE_MAX_CHARS),
            )
      }
      inputWrapperOrder={noteOrder}
    />
  );
}
