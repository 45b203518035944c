import { Button, Group, Text } from '@mantine/core';
import { memo } from 'react';
import { useAction } from '../../api/use-action';
import { useApi } from '../../api/use-api';
import { ConfirmButton } from '../../components/confirm-button';
import { ErrorAlert } from '../../components/error-alert';
import { t } from '../../i18n';
import { formatMoment } from '../../lib/format';
import type { SelfAssessmentStatus, SelfAssessmentView } from './contract';
import { useSheetSummary } from './sheet-summary';

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
  /** Typed entries not valid yet: kept in the draft, they block the sign-off. */
  invalid: number;
  /** The server accepts the head's sign-off from this user (the year's allowedActions). */
  maySignOff: boolean;
  maySubmit: boolean;
}

/**
 * Save state, and the two steps that leave the unit: the head's sign-off, then the submission. Drawn
 * again when what they depend on changes, not on every keystroke.
 */
export function SheetActions(props: Omit<Props, 'complete' | 'invalid'>) {
  const { invalid, unscored } = useSheetSummary();
  return <Actions {...props} invalid={invalid} complete={unscored === 0} />;
}

const Actions = memo(function Actions({
  view,
  status,
  draft,
  editable,
  complete,
  invalid,
  maySignOff,
  maySubmit,
}: Props) {
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
        <Text size="sm" c={draft.saveError ? 'red.9' : 'dimmed'} role="status">
          {draft.saving
            ? t.common.saving
            : draft.dirty
              ? t.selfAssessment.unsaved
              : draft.savedAt
                ? t.selfAssessment.autosaved(formatMoment(draft.savedAt))
                : ''}
        </Text>
        {editable && invalid > 0 && (
          <Text size="sm" c="red.9" fw={600} role="status">
            {t.selfAssessment.invalidEntries(invalid)}
          </Text>
        )}
      </Group>
      <Group gap="sm">
        {canSignOff && (
          <ConfirmButton
            label={t.selfAssessment.signOff}
            message={t.selfAssessment.signOffConfirm}
            disabled={!complete || invalid > 0 || draft.dirty || draft.saving}
            title={
              invalid > 0
                ? t.selfAssessment.mustFixFirst
                : draft.dirty
                  ? t.selfAssessment.mustSaveFirst
                  : undefined
            }
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
});
