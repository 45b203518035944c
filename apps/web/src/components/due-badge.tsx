import { Badge } from '@mantine/core';
import { t } from '../i18n';
import { formatDateTime } from '../lib/format';
import { remaining, useNow } from '../lib/time';

interface Props {
  due: string | Date;
  /** The step is finished: the deadline is history, not a countdown. */
  done?: boolean;
}

/**
 * A countdown to a deadline (red once it has passed, orange in the last three days); the date itself
 * in the browser's own tooltip (the inbox lists many: no positioning engine on its first load).
 */
export function DueBadge({ due, done }: Props) {
  const now = useNow();
  const left = remaining(due, now);
  const label = done
    ? t.countdown.done
    : left.overdue
      ? t.countdown.overdueBy(left.days, left.hours)
      : left.days === 0 && left.hours === 0
        ? t.countdown.minutesLeft(left.minutes)
        : t.countdown.daysLeft(left.days, left.hours);
  const color = done ? 'gray' : left.overdue ? 'red' : left.days < 3 ? 'orange' : 'blue';
  return (
    <Badge
      color={color}
      variant={left.overdue && !done ? 'filled' : 'light'}
      className="tabular"
      title={`${t.common.dueDate}: ${formatDateTime(due)}`}
    >
      {label}
    </Badge>
  );
}
