import { Group, ScrollArea, Stack, Table, Text, Textarea, TextInput } from '@mantine/core';
import type { ScoreSheet, ScoringTemplate } from '@thidua/domain';
import { Fragment } from 'react';
import { t } from '../../i18n';
import { formatScore } from '../../lib/format';
import type { EvidenceFile } from './contract';
import { EvidenceCell } from './evidence-cell';
import { pointsError, type SheetForm } from './sheet-form';

interface Props {
  template: ScoringTemplate;
  form: SheetForm;
  onChange: (change: (form: SheetForm) => SheetForm) => void;
  readOnly: boolean;
  /** Group subtotals of the live totals, by group id. */
  subtotals: Map<string, number>;
  /** The sheet as stored: reviewers' scores and reasons appear once it has been reviewed. */
  stored: ScoreSheet;
  evidence: EvidenceFile[];
  upload?: { cycleId: string; unitId: string } | undefined;
}

/** The criteria table grouped as printed (I, II, …), self scores typed in place, subtotals per group. */
export function CriteriaTable({
  template,
  form,
  onChange,
  readOnly,
  subtotals,
  stored,
  evidence,
  upload,
}: Props) {
  const reviewed = new Map(
    stored.criteria.filter((c) => c.reviewedScore !== undefined).map((c) => [c.criterionId, c]),
  );
  const showReview = reviewed.size > 0;
  const set = (field: 'scores' | 'notes', id: string, value: string) =>
    onChange((f) => ({ ...f, [field]: { ...f[field], [id]: value } }));

  return (
    <ScrollArea>
      <Table
        withTableBorder
        withColumnBorders
        miw={900}
        verticalSpacing="xs"
        aria-label={t.selfAssessment.title}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={60}>
              {t.selfAssessment.code}
            </Table.Th>
            <Table.Th scope="col">{t.selfAssessment.criterion}</Table.Th>
            <Table.Th scope="col" w={80} ta="right">
              {t.selfAssessment.maxPoints}
            </Table.Th>
            <Table.Th scope="col" w={130}>
              {t.selfAssessment.selfScore}
            </Table.Th>
            {showReview && (
              <Table.Th scope="col" w={200}>
                {t.selfAssessment.reviewedScore}
              </Table.Th>
            )}
            <Table.Th scope="col" w={240}>
              {t.selfAssessment.selfNote}
            </Table.Th>
            <Table.Th scope="col" w={170}>
              {t.selfAssessment.evidence}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {template.groups.map((group) => {
            const max = group.criteria.reduce((sum, c) => sum + c.maxPoints, 0);
            return (
              <Fragment key={group.id}>
                <Table.Tr bg="gray.1">
                  <Table.Th scope="rowgroup">{group.code}</Table.Th>
                  <Table.Th colSpan={2} scope="rowgroup">
                    {group.title}
                  </Table.Th>
                  <Table.Td colSpan={showReview ? 4 : 3}>
                    <Text size="sm" fw={600} className="tabular">
                      {t.selfAssessment.groupSubtotal(group.code)}:{' '}
                      {formatScore(subtotals.get(group.id) ?? 0)} {t.selfAssessment.outOf(formatScore(max))}
                    </Text>
                  </Table.Td>
                </Table.Tr>
                {group.criteria.map((c) => {
                  const error = pointsError(form.scores[c.id], c.maxPoints, template.scoreStep);
                  const review = reviewed.get(c.id);
                  return (
                    <Table.Tr key={c.id}>
                      <Table.Td>{c.code}</Table.Td>
                      <Table.Td>
                        <Stack gap={2}>
                          <Text size="sm">{c.title}</Text>
                          {c.guidance && (
                            <Text size="xs" c="dimmed">
                              {c.guidance}
                            </Text>
                          )}
                        </Stack>
                      </Table.Td>
                      <Table.Td ta="right" className="tabular">
                        {formatScore(c.maxPoints)}
                      </Table.Td>
                      <Table.Td>
                        <TextInput
                          className="score-input"
                          aria-label={t.selfAssessment.scoreLabel(c.code)}
                          inputMode="decimal"
                          size="sm"
                          value={form.scores[c.id] ?? ''}
                          onChange={(e) => set('scores', c.id, e.currentTarget.value)}
                          error={error}
                          readOnly={readOnly}
                          variant={readOnly ? 'filled' : 'default'}
                        />
                      </Table.Td>
                      {showReview && (
                        <Table.Td>
                          {review && (
                            <Stack gap={2}>
                              <Group gap={4}>
                                <Text size="sm" fw={600} className="tabular">
                                  {formatScore(review.reviewedScore ?? review.selfScore)}
                                </Text>
                              </Group>
                              {review.reviewReason && <Text size="xs">{review.reviewReason}</Text>}
                            </Stack>
                          )}
                        </Table.Td>
                      )}
                      <Table.Td>
                        <Textarea
                          aria-label={t.selfAssessment.noteLabel(c.code)}
                          size="xs"
                          autosize
                          minRows={1}
                          maxRows={4}
                          value={form.notes[c.id] ?? ''}
                          onChange={(e) => set('notes', c.id, e.currentTarget.value)}
                          readOnly={readOnly}
                          variant={readOnly ? 'filled' : 'default'}
                        />
                      </Table.Td>
                      <Table.Td>
                        <EvidenceCell
                          code={c.code}
                          criterionId={c.id}
                          files={evidence.filter((e) => e.criterionId === c.id)}
                          upload={readOnly ? undefined : upload}
                        />
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}
