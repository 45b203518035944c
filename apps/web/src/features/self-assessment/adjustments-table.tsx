import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ScoringTemplate } from '@thidua/domain';
import { DataTable } from '../../components/data-table';
import { ScoreInput } from '../../components/score-input';
import { t } from '../../i18n';
import { formatScore } from '../../lib/format';
import type { SheetForm } from './sheet-form';
import { sheetInputs } from './sheet-input';

interface Props {
  template: ScoringTemplate;
  form: SheetForm;
  onChange: (change: (form: SheetForm) => SheetForm) => void;
  readOnly: boolean;
}

/** Bonus claims (capped in total) and penalty counts, beside the criteria. */
export function AdjustmentsTable({ template, form, onChange, readOnly }: Props) {
  const input = sheetInputs(form, onChange, readOnly, template.scoreStep);
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
                  <ScoreInput
                    aria-label={t.selfAssessment.bonusLabel(b.title)}
                    {...input.points('bonuses', b.id, b.maxPoints)}
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
                  <ScoreInput
                    whole
                    aria-label={t.selfAssessment.penaltyLabel(p.title)}
                    {...input.count(p.id, p.maxCount)}
                  />
                ),
              },
            ]}
          />
        </Stack>
      )}
    </SimpleGrid>
  );
}
