import { noteProblem, SELF_NOTE_MAX_CHARS } from '@thidua/domain';
import type { ChangeEvent } from 'react';
import { t } from '../../i18n';
import { formatNumber } from '../../lib/format';
import { countError, pointsError, problemMessage, type SheetForm } from './sheet-form';

/**
 * Binds the inputs of the sheet to its form: each entry's value, change and, for figures, the check
 * of what was typed. A read-only entry looks filled, so nobody takes it for a field to type in.
 */
export function sheetInputs(
  form: SheetForm,
  onChange: (change: (form: SheetForm) => SheetForm) => void,
  readOnly: boolean,
  scoreStep: number,
) {
  const bind = (field: keyof SheetForm, id: string) => ({
    value: form[field][id] ?? '',
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      const value = event.currentTarget.value;
      onChange((f) => ({ ...f, [field]: { ...f[field], [id]: value } }));
    },
    readOnly,
    variant: readOnly ? 'filled' : 'default',
  });
  return {
    /** A criterion's score or a bonus's points, up to its maximum in steps of the template's. */
    points: (field: 'scores' | 'bonuses', id: string, max: number) => ({
      ...bind(field, id),
      error: pointsError(form[field][id], max, scoreStep),
    }),
    /** How many times a penalty applies. */
    count: (id: string, maxCount: number | undefined) => ({
      ...bind('penalties', id),
      error: countError(form.penalties[id], maxCount),
    }),
    /** An explanation, with its length against the limit and the message next to it when too long. */
    note: (id: string) => {
      const value = form.notes[id] ?? '';
      const problem = noteProblem(value);
      return {
        ...bind('notes', id),
        error: problem ? problemMessage(problem) : undefined,
        description:
          readOnly || value.length === 0
            ? undefined
            : t.selfAssessment.noteLength(
                formatNumber(value.trim().length),
                formatNumber(SELF_NOTE_MAX_CHARS),
              ),
        inputWrapperOrder: ['label', 'input', 'description', 'error'] as (
          | 'label'
          | 'input'
          | 'description'
          | 'error'
        )[],
      };
    },
  };
}
