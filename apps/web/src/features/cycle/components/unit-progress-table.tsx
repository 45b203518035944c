import { Badge, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { StepBadge } from '../../../components/step-badge';
import { t } from '../../../i18n';
import { formatDate } from '../../../lib/format';
import type { CycleDetail } from '../contract';

const stepOrder = ['pact', 'registration', 'selfAssessment', 'review', 'reviewResponse'];

/** Who has done what: one row per member unit, one column per step. */
export function UnitProgressTable({ cycle }: { cycle: CycleDetail }) {
  const steps = stepOrder.filter((step) => cycle.units.some((u) => u.steps[step]));
  return (
    <ScrollArea>
      <Table striped withTableBorder miw={720} aria-label={t.cycle.progressTitle}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t.common.unit}</Table.Th>
            {steps.map((step) => (
              <Table.Th key={step} scope="col">
                {t.cycle.steps[step] ?? step}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {cycle.units.map((unit) => (
            <Table.Tr key={unit.unitId}>
              <Table.Th scope="row" fw={500}>
                <Stack gap={2}>
                  <span>{unit.name}</span>
                  {unit.unitId === cycle.leadership?.headUnitId && <Badge size="xs">{t.cycle.head}</Badge>}
                  {unit.unitId === cycle.leadership?.deputyUnitId && (
                    <Badge size="xs" variant="light">
                      {t.cycle.deputy}
                    </Badge>
                  )}
                </Stack>
              </Table.Th>
              {steps.map((step) => {
                const status = unit.steps[step];
                return (
                  <Table.Td key={step}>
                    {status ? (
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
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}
