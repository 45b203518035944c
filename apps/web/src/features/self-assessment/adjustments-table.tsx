import { SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import type { ScoringTemplate } from '@thidua/domain';
import { t } from '../../i18n';
import { formatScore } from '../../lib/format';
import { countError, pointsError, type SheetForm } from './sheet-form';

interface Props {
  template: ScoringTemplate;
  form: SheetForm;
  onChange: (change: (form: SheetForm) => SheetForm) => void;
  readOnly: boolean;
}

/** Bonus claims (capped in total) and penalty counts, beside the criteria. */
export function AdjustmentsTable({ template, form, onChange, readOnly }: Props) {
  const set = (field: 'bonuses' | 'penalties', id: string, value: string) =>
    onChange((f) => ({ ...f, [field]: { ...f[field], [id]: value } }));
  const variant = readOnly ? 'filled' : 'default';
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
          <Table withTableBorder aria-label={t.selfAssessment.bonusTitle}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t.selfAssessment.item}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t.selfAssessment.maxPoints}
                </Table.Th>
                <Table.Th scope="col" w={120}>
                  {t.selfAssessment.points}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {template.bonus.items.map((b) => (
                <Table.Tr key={b.id}>
                  <Table.Td>{b.title}</Table.Td>
                  <Table.Td ta="right" className="tabular">
                    {formatScore(b.maxPoints)}
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      className="score-input"
                      size="sm"
                      inputMode="decimal"
                      aria-label={t.selfAssessment.bonusLabel(b.title)}
                      value={form.bonuses[b.id] ?? ''}
                      error={pointsError(form.bonuses[b.id], b.maxPoints, template.scoreStep)}
                      onChange={(e) => set('bonuses', b.id, e.currentTarget.value)}
                      readOnly={readOnly}
                      variant={variant}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
      {template.penalties.length > 0 && (
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t.selfAssessment.penaltyTitle}
          </Title>
          <Table withTableBorder aria-label={t.selfAssessment.penaltyTitle}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t.selfAssessment.item}</Table.Th>
                <Table.Th scope="col" w={110}>
                  {t.selfAssessment.count}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {template.penalties.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>
                    <Text size="sm">{p.title}</Text>
                    <Text size="xs" c="dimmed">
                      {t.selfAssessment.penaltyEach(formatScore(p.pointsEach))}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      className="score-input"
                      size="sm"
                      inputMode="numeric"
                      aria-label={t.selfAssessment.penaltyLabel(p.title)}
                      value={form.penalties[p.id] ?? ''}
                      error={countError(form.penalties[p.id], p.maxCount)}
                      onChange={(e) => set('penalties', p.id, e.currentTarget.value)}
                      readOnly={readOnly}
                      variant={variant}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
    </SimpleGrid>
  );
}
