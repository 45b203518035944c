import { Alert, Button, Select, Stack, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { vietnamDate } from '@thidua/domain';
import { useState } from 'react';
import { useAction } from '../../api/use-action';
import { useApi } from '../../api/use-api';
import { DateField } from '../../components/date-field';
import { Dialog } from '../../components/dialog';
import { ErrorAlert } from '../../components/error-alert';
import { t } from '../../i18n';
import { formatDate } from '../../lib/format';
import { useFields } from '../../lib/use-fields';
import { deadlineKinds, endOfDayVn, vnDate } from '../cycle/components/calendar-fields';
import type { DeadlineKind } from '../cycle/contract';
import type { TrackerRow } from './contract';

const kindLabel = (kind: DeadlineKind) =>
  t.cycle.deadlines[kind === 'reviewResponse' ? 'review' : kind] ?? kind;

/** A new date and the reason for it, then save: what both deadline dialogs ask. */
function DateReasonFields(props: {
  dateLabel: string;
  initialDate?: string;
  error: unknown;
  pending: boolean;
  /** Units still working on the step this date closes: they become overdue if it has passed. */
  stillWorking: number;
  onSave: (at: string, reason: string) => void;
}) {
  const fields = useFields({ date: props.initialDate ?? '', reason: '' });
  const { date, reason } = fields.values;
  const past = date !== '' && date < vietnamDate(Date.now());
  return (
    <>
      <DateField
        label={props.dateLabel}
        required
        value={date}
        onChange={(day) => fields.set({ date: day })}
        popoverProps={{ withinPortal: false }}
      />
      <Textarea label={t.tracker.reason} required {...fields.input('reason')} />
      {past && (
        <Alert color="orange" title={t.tracker.pastDateTitle} role="alert">
          {t.tracker.pastDate(formatDate(date), props.stillWorking)}
        </Alert>
      )}
      <ErrorAlert error={props.error} />
      <Button
        loading={props.pending}
        disabled={!date || !reason.trim()}
        color={past ? 'orange' : undefined}
        onClick={() => props.onSave(endOfDayVn(date), reason)}
      >
        {past ? t.tracker.savePast : t.common.save}
      </Button>
    </>
  );
}

/** Moves one of a cycle's deadlines for every unit (the workflow's timers follow). */
export function MoveDeadlineButton({
  cycleId,
  title,
  rows,
}: {
  cycleId: string;
  title: string;
  /** The board's rows: who is still working on the step a deadline closes. */
  rows: TrackerRow[];
}) {
  const api = useApi();
  const [opened, { open, close }] = useDisclosure(false);
  const [kind, setKind] = useState<DeadlineKind>('selfAssessment');
  const move = useAction(api.tracker.moveDeadline.mutationOptions({ onSuccess: close }), t.tracker.moved);
  return (
    <>
      <Button size="compact-sm" variant="light" onClick={open} aria-label={title}>
        {t.tracker.moveDeadline}
      </Button>
      <Dialog opened={opened} onClose={close} title={title} centered>
        <Stack>
          <Select
            label={t.tracker.deadlineKind}
            data={deadlineKinds.map((k) => ({ value: k, label: kindLabel(k) }))}
            value={kind}
            onChange={(v) => v && setKind(v as DeadlineKind)}
            allowDeselect={false}
          />
          <DateReasonFields
            dateLabel={t.tracker.newDate}
            error={move.error}
            pending={move.isPending}
            stillWorking={rows.filter((r) => r.cycleId === cycleId && r.step === kind && !r.done).length}
            onSave={(at, reason) => move.mutate({ cycleId, deadline: kind, at, reason })}
          />
        </Stack>
      </Dialog>
    </>
  );
}

/** One unit gets more time for its current step. */
export function ExtendButton({
  cycleId,
  unitId,
  unitName,
  due,
}: {
  cycleId: string;
  unitId: string;
  unitName: string;
  due: string | null;
}) {
  const api = useApi();
  const [opened, { open, close }] = useDisclosure(false);
  const extend = useAction(
    api.tracker.grantExtension.mutationOptions({ onSuccess: close }),
    t.tracker.extended,
  );
  return (
    <>
      <Button size="compact-xs" variant="subtle" onClick={open} aria-label={t.tracker.extendFor(unitName)}>
        {t.tracker.extend}
      </Button>
      <Dialog opened={opened} onClose={close} title={t.tracker.extendFor(unitName)} centered>
        <Stack>
          <DateReasonFields
            dateLabel={t.tracker.extendUntil}
            initialDate={due ? vnDate(due) : ''}
            error={extend.error}
            pending={extend.isPending}
            stillWorking={1}
            onSave={(until, reason) => extend.mutate({ cycleId, unitId, until, reason })}
          />
        </Stack>
      </Dialog>
    </>
  );
}
