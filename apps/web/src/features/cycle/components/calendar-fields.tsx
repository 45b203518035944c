import { SimpleGrid, TextInput } from '@mantine/core';
import { t } from '../../../i18n';
import type { DeadlineKind } from '../contract';

export const deadlineKinds: DeadlineKind[] = ['registration', 'selfAssessment', 'reviewResponse', 'dossier'];
const labelKey: Record<DeadlineKind, string> = {
  registration: 'registration',
  selfAssessment: 'selfAssessment',
  reviewResponse: 'review',
  dossier: 'dossier',
};

export type CalendarDates = Record<DeadlineKind, string>;

/** A deadline date is due at the end of that day, Vietnam time. */
export const endOfDayVn = (date: string) => `${date}T23:59:00+07:00`;

/** The date part (Vietnam time) of an ISO instant, for a date input. */
export const vnDate = (instant: string) =>
  new Date(new Date(instant).getTime() + 7 * 3_600_000).toISOString().slice(0, 10);

/** Native date inputs: keyboard-friendly, and the tablet shows its own picker. */
export function CalendarFields({
  value,
  onChange,
}: {
  value: CalendarDates;
  onChange: (next: CalendarDates) => void;
}) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      {deadlineKinds.map((kind) => (
        <TextInput
          key={kind}
          type="date"
          label={t.cycle.deadlines[labelKey[kind]]}
          value={value[kind]}
          onChange={(e) => onChange({ ...value, [kind]: e.currentTarget.value })}
          required
        />
      ))}
    </SimpleGrid>
  );
}
