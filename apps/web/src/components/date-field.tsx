import '@mantine/dates/styles.layer.css';
import { DateInput, type DateInputProps, DatesProvider } from '@mantine/dates';
import 'dayjs/locale/vi';
import { parseVnDate } from '../lib/vn-date';

interface Props extends Omit<DateInputProps, 'value' | 'onChange' | 'minDate' | 'maxDate'> {
  /** The day as YYYY-MM-DD ('' when none). */
  value: string;
  onChange: (day: string) => void;
  minDate?: string | undefined;
  maxDate?: string | undefined;
}

/**
 * A day typed or picked as Vietnamese officials write it (dd/mm/yyyy), with a calendar in Vietnamese
 * (month and day names, the week starting on Monday); the value stays YYYY-MM-DD.
 */
export function DateField({ value, onChange, ...props }: Props) {
  return (
    <DatesProvider settings={{ locale: 'vi', firstDayOfWeek: 1, weekendDays: [0] }}>
      <DateInput
        valueFormat="DD/MM/YYYY"
        placeholder="dd/mm/yyyy"
        dateParser={parseVnDate}
        value={value || null}
        onChange={(day) => onChange(day ?? '')}
        popoverProps={{ withinPortal: true }}
        {...props}
      />
    </DatesProvider>
  );
}
