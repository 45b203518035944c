import { Textarea } from '@mantine/core';
import { noteProblem, SELF_NOTE_MAX_CHARS } from '@thidua/domain';
import { type ChangeEvent, createContext, useContext } from 'react';
import { ScoreInput } from '../../components/score-input';
import { t } from '../../i18n';
import { formatNumber } from '../../lib/format';
import { countError, pointsError, problemMessage, type SheetForm } from './sheet-form';
import { type SheetStore, useSheetEntry } from './sheet-store';

/** What every entry of one sheet shares: the store, whether it may change, the template's step. */
interface Entries {
  store: SheetStore;
  readOnly: boolean;
  step: number;
}

export const SheetEntries = createContext<Entries | null>(null);

interface EntryProps {
  id: string;
  'aria-label': string;
}

/**
 * One entry of the sheet bound to the store: the input's value and change, and the sheet's facts. A
 * read-only entry looks filled, so nobody takes it for a field to type in.
 */
function useEntry(field: keyof SheetForm, id: string) {
  const entries = useContext(SheetEntries);
  if (!entries) throw new Error('a sheet entry outside SheetEntries');
  const { store, readOnly, step } = entries;
  const value = useSheetEntry(store, field, id);
  const input = {
    value,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      const typed = event.currentTarget.value;
      store.update((f) => ({ ...f, [field]: { ...f[field], [id]: typed } }));
    },
    readOnly,
    variant: readOnly ? 'filled' : 'default',
  };
  return { input, step };
}

/** A criterion's score or a bonus's points, up to its maximum in steps of the template's. */
export function PointsField({
  field,
  max,
  ...props
}: EntryProps & { field: 'scores' | 'bonuses'; max: number }) {
  const { input, step } = useEntry(field, props.id);
  return (
    <ScoreInput aria-label={props['aria-label']} {...input} error={pointsError(input.value, max, step)} />
  );
}

/** How many times a penalty applies. */
export function CountField({ maxCount, ...props }: EntryProps & { maxCount: number | undefined }) {
  const { input } = useEntry('penalties', props.id);
  return (
    <ScoreInput whole aria-label={props['aria-label']} {...input} error={countError(input.value, maxCount)} />
  );
}

const noteOrder: ('label' | 'input' | 'description' | 'error')[] = ['label', 'input', 'description', 'error'];

/** An explanation, with its length against the limit and the message next to it when too long. */
export function NoteField(props: EntryProps) {
  const { input } = useEntry('notes', props.id);
  const problem = noteProblem(input.value);
  return (
    <Textarea
      aria-label={props['aria-label']}
      size="xs"
      className="grows-with-text"
      rows={1}
      resize="vertical"
      {...input}
      error={problem ? problemMessage(problem) : undefined}
      description={
        input.readOnly || input.value.length === 0
          ? undefined
          : t.selfAssessment.noteLength(
              formatNumber(input.value.trim().length),
              formatNumber(SELF_NOTE_MAX_CHARS),
            )
      }
      inputWrapperOrder={noteOrder}
    />
  );
}
