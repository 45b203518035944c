import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ScoringTemplate } from '@thidua/domain';
import { memo } from 'react';
import { DataTable } from '../../components/data-table';
import { t } from '../../i18n';
import { formatScore } from '../../lib/format';
import { CountField, PointsField } from './sheet-fields';

interface Props {
  template: ScoringTemplate;
}

/** Bonus claims (capped in total) and penalty counts, beside the criteria; its entries read the store. */
export const AdjustmentsTable = memo(function AdjustmentsTable({ template }: Props) {
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }}>
      {template.bonus.items.length > 0 && (
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t.selfAssessment.bonusTitle}
          </Title>
          <Text size="sm" c="dimmed">
            {t.selfAssessment.bonusCap(formatScore(template.bonus.cap))}
          </Text>
          <DataTable
            aria-label={t.selfAssessment.bonusTitle}
            rows={template.bonus.items}
            rowKey={(b) => b.id}
            columns={[
              { header: t.selfAssessment.item, cell: (b) => b.title },
              { header: t.selfAssessment.maxPoints, numeric: true, cell: (b) => formatScore(b.maxPoints) },
              {
                header: t.selfAssessment.points,
                w: 120,
                cell: (b) => (
                  <PointsField
                    field="bonuses"
                    id={b.id}
                    max={b.maxPoints}
                    aria-label={t.selfAssessment.bonusLabel(b.title)}
                  />
                ),
              },
            ]}
          />
        </Stack>
      )}
      {template.penalties.length > 0 && (
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t.selfAssessment.penaltyTitle}
          </Title>
          <DataTable
            aria-label={t.selfAssessment.penaltyTitle}
            rows={template.penalties}
            rowKey={(p) => p.id}
            columns={[
              {
                header: t.selfAssessment.item,
                cell: (p) => (
                  <>
                    <Text size="sm">{p.title}</Text>
                    <Text size="xs" c="dimmed">
                      {t.selfAssessment.penaltyEach(formatScore(p.pointsEach))}
                    </Text>
                  </>
                ),
              },
              {
                header: t.selfAssessment.count,
                w: 110,
                cell: (p) => (
                  <CountField
                    id={p.id}
                    maxCount={p.maxCount}
                    aria-label={t.selfAssessment.penaltyLabel(p.title)}
                  />
                ),
              },
            ]}
          />
        </Stack>
      )}
    </SimpleGrid>
  );
});
