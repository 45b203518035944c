import { Badge, Stack, Text } from '@mantine/core';
import { t } from '../i18n';
import { formatDate } from '../lib/format';
import type { Column } from './data-table';

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

function StepBadge({ state, late, overdue }: Props) {
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

/** The steps every member unit goes through in a year, in order. */
export const unitSteps = ['pact', 'registration', 'selfAssessment', 'review', 'reviewResponse'];

interface UnitRow {
  steps: Record<string, { state: string; late?: boolean | undefined; at?: string | undefined } | undefined>;
  overdue: boolean;
}

/**
 * One column per step, each cell the unit's badge for it ('—' where the step does not apply); the step
 * that is overdue is the row's `overdueStep`. `dated` adds when the step last changed.
 */
export function stepColumns<Row extends UnitRow>(
  steps: string[],
  overdueStep: (row: Row) => string | null | undefined,
  dated = false,
): Column<Row>[] {
  return steps.map((step) => ({
    header: t.cycle.steps[step] ?? step,
    key: step,
    cell: (row) => {
      const status = row.steps[step];
      if (!status) return '—';
      const badge = (
        <StepBadge
          state={status.state}
          late={status.late}
          overdue={row.overdue && overdueStep(row) === step}
        />
      );
      if (!dated) return badge;
      return (
        <Stack gap={2}>
          {badge}
          {status.at && (
            <Text size="xs" c="dimmed">
              {formatDate(status.at)}
            </Text>
          )}
        </Stack>
      );
    },
  }));
}
