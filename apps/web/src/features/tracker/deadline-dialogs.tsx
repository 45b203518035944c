import { Button, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useAction } from '../../api/use-action';
import { useApi } from '../../api/use-api';
import { Dialog } from '../../components/dialog';
import { ErrorAlert } from '../../components/error-alert';
import { t } from '../../i18n';
import { deadlineKinds, endOfDayVn, vnDate } from '../cycle/components/calendar-fields';
import type { DeadlineKind } from '../cycle/contract';

const kindLabel = (kind: DeadlineKind) =>
  t.cycle.deadlines[kind === 'reviewResponse' ? 'review' : kind] ?? kind;

/** Moves one of a cycle's deadlines for every unit (the workflow's timers follow). */
export function MoveDeadlineButton({ cycleId, title }: { cycleId: string; title: string }) {
  const api = useApi();
  const [opened, { open, close }] = useDisclosure(false);
  const [kind, setKind] = useState<DeadlineKind>('selfAssessment');
  const [date, setDate] = useState('');
  const [reason, setReason] = useState('');
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
          <TextInput
            type="date"
            label={t.tracker.newDate}
            required
            value={date}
            onChange={(e) => setDate(e.currentTarget.value)}
          />
          <Textarea
            label={t.tracker.reason}
            required
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
          <ErrorAlert error={move.error} />
          <Button
            loading={move.isPending}
            disabled={!date || !reason.trim()}
            onClick={() => move.mutate({ cycleId, deadline: kind, at: endOfDayVn(date), reason })}
          >
            {t.common.save}
          </Button>
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
  const [date, setDate] = useState(due ? vnDate(due) : '');
  const [reason, setReason] = useState('');
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
          <TextInput
            type="date"
            label={t.tracker.extendUntil}
            required
            value={date}
            onChange={(e) => setDate(e.currentTarget.value)}
          />
          <Textarea
            label={t.tracker.reason}
            required
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
          <ErrorAlert error={extend.error} />
          <Button
            loading={extend.isPending}
            disabled={!date || !reason.trim()}
            onClick={() => extend.mutate({ cycleId, unitId, until: endOfDayVn(date), reason })}
          >
            {t.common.save}
          </Button>
        </Stack>
      </Dialog>
    </>
  );
}
