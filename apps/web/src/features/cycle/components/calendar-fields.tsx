import { SimpleGrid } from '@mantine/core';
import { vietnamDate } from '@thidua/domain';
import { DateField } from '../../../components/date-field';
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
export const vnDate = (instant: string) => vietnamDate(instant);

/** The year's deadlines, typed dd/mm/yyyy or picked on a Vietnamese calendar. */
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
        <DateField
          key={kind}
          label={t.cycle.deadlines[labelKey[kind]]}
          value={value[kind]}
          onChange={(day) => onChange({ ...value, [kind]: day })}
          required
        />
      ))}
    </SimpleGrid>
  );
}
