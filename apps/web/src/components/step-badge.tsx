import { Badge } from '@mantine/core';
import { t } from '../i18n';

/** Status colours shared by the cycle overview and the tracker matrix (text always says the state). */
const stepColors: Record<string, string> = {
  notStarted: 'gray',
  inProgress: 'blue',
  submitted: 'cyan',
  done: 'teal',
  returned: 'orange',
  skipped: 'gray',
};

interface Props {
  state: string;
  late?: boolean | undefined;
  overdue?: boolean | undefined;
}

export function StepBadge({ state, late, overdue }: Props) {
  const color = overdue && state !== 'done' && state !== 'submitted' ? 'red' : (stepColors[state] ?? 'gray');
  const label = t.cycle.stepStates[state] ?? state;
  return (
    <Badge color={color} variant={overdue ? 'filled' : 'light'} size="sm">
      {label}
      {late ? ` · ${t.cycle.late}` : ''}
      {overdue && state !== 'done' && state !== 'submitted' ? ` · ${t.cycle.overdue}` : ''}
    </Badge>
  );
}
