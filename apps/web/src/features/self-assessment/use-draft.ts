import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useBlocker } from '@tanstack/react-router';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useApi } from '../../api/use-api';
import { t } from '../../i18n';
import { clearBackup, readBackup, writeBackup } from '../../lib/local-backup';
import type { SelfAssessmentView } from './contract';
import { draftInput, formFromView, type SheetForm } from './sheet-form';
import { createSheetStore } from './sheet-store';

const AUTOSAVE_DELAY_MS = 1500;
const RETRY_DELAY_MS = 10_000;

/**
 * The editable sheet: what the person typed, a local backup of it, and an autosave a moment after the
 * last keystroke (retried while it fails). Every field is saved as typed, invalid ones included; a
 * save never overwrites what was typed meanwhile, and leaving with unsaved changes asks first.
 */
export function useDraft(view: SelfAssessmentView, editable: boolean) {
  const api = useApi();
  const queryClient = useQueryClient();
  const key = `thidua:self-assessment:${view.cycleId}:${view.unitId}`;
  const [initial] = useState(() => {
    const backup = editable ? readBackup<SheetForm>(key) : undefined;
    const serverAt = view.updatedAt ? new Date(view.updatedAt).getTime() : 0;
    return backup && backup.at > serverAt
      ? { form: backup.value, restored: true }
      : { form: formFromView(view), restored: false };
  });
  const [dirty, setDirty] = useState(initial.restored);
  const [savedAt, setSavedAt] = useState<Date | null>(view.updatedAt ? new Date(view.updatedAt) : null);
  const edits = useRef(0);
  const [store] = useState(() =>
    createSheetStore(initial.form, (next) => {
      writeBackup(key, next);
      edits.current += 1;
      setDirty(true);
    }),
  );
  const save = useMutation(api.selfAssessment.saveDraft.mutationOptions());
  const { mutateAsync } = save;

  const saveNow = useCallback(async () => {
    const startedAt = edits.current;
    await mutateAsync(draftInput(store.get(), { cycleId: view.cycleId, unitId: view.unitId }));
    setSavedAt(new Date());
    if (edits.current === startedAt) {
      setDirty(false);
      clearBackup(key);
    }
    await queryClient.invalidateQueries(
      api.selfAssessment.get.queryFilter({ cycleId: view.cycleId, unitId: view.unitId }),
    );
  }, [mutateAsync, store, view, key, queryClient, api]);

  // The autosave follows the store, not React state: typing re-renders no more than the field.
  useEffect(() => {
    if (!editable) return;
    let timer: number | undefined;
    const saveIn = (delay: number) => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => saveNow().catch(() => saveIn(RETRY_DELAY_MS)), delay);
    };
    if (dirty) saveIn(AUTOSAVE_DELAY_MS);
    const unsubscribe = store.subscribe(() => saveIn(AUTOSAVE_DELAY_MS));
    return () => {
      unsubscribe();
      window.clearTimeout(timer);
    };
  }, [store, saveNow, dirty, editable]);

  const unsaved = editable && (dirty || save.isPending);
  useBlocker({
    shouldBlockFn: () => !window.confirm(t.selfAssessment.leaveUnsaved),
    enableBeforeUnload: () => unsaved,
    disabled: !unsaved,
  });

  return {
    store,
    dirty,
    savedAt,
    saveNow,
    saving: save.isPending,
    saveError: save.error,
    restored: initial.restored,
  };
}
