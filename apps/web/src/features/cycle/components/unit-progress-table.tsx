import { Badge, Stack, Text } from '@mantine/core';
import { type Column, DataTable } from '../../../components/data-table';
import { StepBadge } from '../../../components/step-badge';
import { t } from '../../../i18n';
import { formatDate } from '../../../lib/format';
import type { CycleDetail, UnitProgress } from '../contract';

const stepOrder = ['pact', 'registration', 'selfAssessment', 'review', 'reviewResponse'];

/** Who has done what: one row per member unit, one column per step. */
export function UnitProgressTable({ cycle }: { cycle: CycleDetail }) {
  const steps = stepOrder.filter((step) => cycle.units.some((u) => u.steps[step]));
  return (
    <DataTable
      striped
      withTableBorder
      miw={720}
      aria-label={t.cycle.progressTitle}
      rows={cycle.units}
      rowKey={(unit) => unit.unitId}
      columns={[
        {
          header: t.common.unit,
          rowHeader: true,
          cell: (unit) => (
            <Stack gap={2}>
              <span>{unit.name}</span>
              {unit.unitId === cycle.leadership?.headUnitId && <Badge size="xs">{t.cycle.head}</Badge>}
              {unit.unitId === cycle.leadership?.deputyUnitId && (
                <Badge size="xs" variant="light">
                  {t.cycle.deputy}
                </Badge>
              )}
            </Stack>
          ),
        },
        ...steps.map(
          (step): Column<UnitProgress> => ({
            header: t.cycle.steps[step] ?? step,
            key: step,
            cell: (unit) => {
              const status = unit.steps[step];
              if (!status) return '—';
              return (
                <Stack gap={2}>
                  <StepBadge
                    state={status.state}
                    late={status.late}
                    overdue={unit.overdue && step === 'selfAssessment'}
                  />
                  {status.at && (
                    <Text size="xs" c="dimmed">
                      {formatDate(status.at)}
                    </Text>
                  )}
                </Stack>
              );
            },
          }),
        ),
      ]}
    />
  );
}
