import type { ChangeEvent } from 'react';
import type { SheetForm } from './sheet-form';

/**
 * Binds an input to one entry of the sheet (a criterion's score or note, a bonus's points, a penalty's
 * count). A read-only entry looks filled, so nobody takes it for a field to type in.
 */
export function sheetInput(
  form: SheetForm,
  onChange: (change: (form: SheetForm) => SheetForm) => void,
  readOnly: boolean,
) {
  return (field: keyof SheetForm, id: string) => ({
    value: form[field][id] ?? '',
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      const value = event.currentTarget.value;
      onChange((f) => ({ ...f, [field]: { ...f[field], [id]: value } }));
    },
    readOnly,
    variant: readOnly ? 'filled' : 'default',
  });
}
