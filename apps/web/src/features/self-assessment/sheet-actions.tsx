import { Button, Group, Text } from '@mantine/core';
import { useAction } from '../../api/use-action';
import { useApi } from '../../api/use-api';
import { ConfirmButton } from '../../components/confirm-button';
import { ErrorAlert } from '../../components/error-alert';
import { t } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import type { SelfAssessmentStatus, SelfAssessmentView } from './contract';

interface Props {
  view: SelfAssessmentView;
  status: SelfAssessmentStatus;
  draft: {
    dirty: boolean;
    saving: boolean;
    savedAt: Date | null;
    saveError: unknown;
    saveNow: () => Promise<void>;
  };
  editable: boolean;
  complete: boolean;
  /** The server accepts the head's sign-off from this user (the year's allowedActions). */
  maySignOff: boolean;
  maySubmit: boolean;
}

/** Save state, and the two steps that leave the unit: the head's sign-off, then the submission. */
export function SheetActions({ view, status, draft, editable, complete, maySignOff, maySubmit }: Props) {
  const api = useApi();
  const ids = { cycleId: view.cycleId, unitId: view.unitId };
  const signOff = useAction(api.selfAssessment.signOff.mutationOptions(), t.selfAssessment.signedOff);
  const submit = useAction(api.selfAssessment.submit.mutationOptions(), t.selfAssessment.submitted);
  const canSignOff = editable && maySignOff;
  const canSubmit = maySubmit && status === 'signedOff';

  return (
    <Group justify="space-between" wrap="wrap" gap="sm">
      <Group gap="sm">
        {editable && (
          <Button
            variant="default"
            onClick={() => void draft.saveNow().catch(() => {})}
            loading={draft.saving}
          >
            {t.selfAssessment.saveDraft}
          </Button>
        )}
        <Text size="sm" c={draft.saveError ? 'red.8' : 'dimmed'} role="status">
          {draft.saving
            ? t.common.saving
            : draft.dirty
              ? t.selfAssessment.unsaved
              : draft.savedAt
                ? t.selfAssessment.autosaved(formatDateTime(draft.savedAt))
                : ''}
        </Text>
      </Group>
      <Group gap="sm">
        {canSignOff && (
          <ConfirmButton
            label={t.selfAssessment.signOff}
            message={t.selfAssessment.signOffConfirm}
            disabled={!complete || draft.dirty || draft.saving}
            title={draft.dirty ? t.selfAssessment.mustSaveFirst : undefined}
            onConfirm={() => signOff.mutateAsync(ids)}
          />
        )}
        {editable && !maySignOff && <Text size="sm">{t.selfAssessment.needsSignOff}</Text>}
        {canSubmit && (
          <ConfirmButton
            label={t.selfAssessment.submit}
            message={t.selfAssessment.submitConfirm}
            onConfirm={() => submit.mutateAsync(ids)}
          />
        )}
      </Group>
      {draft.saveError ? (
        <div style={{ flexBasis: '100%' }}>
          <ErrorAlert error={draft.saveError} title={t.selfAssessment.saveFailed} />
        </div>
      ) : null}
    </Group>
  );
}
