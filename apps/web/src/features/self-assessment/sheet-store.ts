import { useSyncExternalStore } from 'react';
import type { SheetForm } from './sheet-form';

/**
 * The typed sheet, held outside React state: a keystroke re-renders the one field it changed (and
 * the totals), not every row of the table.
 */
export interface SheetStore {
  get(): SheetForm;
  update(change: (form: SheetForm) => SheetForm): void;
  subscribe(listener: () => void): () => void;
}

/** A store starting at `initial`; `onChange` sees every new form (the local backup, the autosave). */
export function createSheetStore(initial: SheetForm, onChange: (form: SheetForm) => void): SheetStore {
  let form = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => form,
    update(change) {
      form = change(form);
      onChange(form);
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The whole form, for what depends on all of it (totals, the count of invalid entries, the save). */
export const useSheetForm = (store: SheetStore): SheetForm =>
  useSyncExternalStore(store.subscribe, store.get);

/** One entry as typed: its field re-renders only when it changes. */
export const useSheetEntry = (store: SheetStore, field: keyof SheetForm, id: string): string =>
  useSyncExternalStore(store.subscribe, () => store.get()[field][id] ?? '');
