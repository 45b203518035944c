import { Badge, Stack } from '@mantine/core';
import { DataTable } from '../../../components/data-table';
import { stepColumns, unitSteps } from '../../../components/step-badge';
import { t } from '../../../i18n';
import type { CycleDetail } from '../contract';

/** Who has done what: one row per member unit, one column per step. */
export function UnitProgressTable({ cycle }: { cycle: CycleDetail }) {
  const steps = unitSteps.filter((step) => cycle.units.some((u) => u.steps[step]));
  return (
    <DataTable
      striped
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
        ...stepColumns(steps, () => 'selfAssessment', true),
      ]}
    />
  );
}
