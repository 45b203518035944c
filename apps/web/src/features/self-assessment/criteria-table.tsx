import { Group, Stack, Text } from '@mantine/core';
import type { CriterionGroup, ScoreSheet, ScoringTemplate } from '@thidua/domain';
import { memo } from 'react';
import { DataTable } from '../../components/data-table';
import { t } from '../../i18n';
import { formatScore } from '../../lib/format';
import type { EvidenceFile } from './contract';
import { EvidenceCell } from './evidence-cell';
import { NoteField, PointsField } from './sheet-fields';
import { useSheetSummary } from './sheet-summary';

interface Props {
  template: ScoringTemplate;
  /** The sheet as stored: reviewers' scores and reasons appear once it has been reviewed. */
  stored: ScoreSheet;
  evidence: EvidenceFile[];
  upload?: { cycleId: string; unitId: string } | undefined;
}

/** A group's live subtotal: of the table, only these cells follow the typing. */
function GroupSubtotal({ group }: { group: CriterionGroup }) {
  const { subtotals } = useSheetSummary();
  return (
    <Text size="sm" fw={600} className="tabular">
      {t.selfAssessment.groupSubtotal(group.code)}: {formatScore(subtotals.get(group.id) ?? 0)}{' '}
      {t.selfAssessment.outOf(formatScore(group.criteria.reduce((sum, c) => sum + c.maxPoints, 0)))}
    </Text>
  );
}

/**
 * The criteria table grouped as printed (I, II, …), self scores typed in place, subtotals per group.
 * Its entries read the sheet's store themselves, so typing never re-renders the table.
 */
export const CriteriaTable = memo(function CriteriaTable({ template, stored, evidence, upload }: Props) {
  const reviewed = new Map(
    stored.criteria.filter((c) => c.reviewedScore !== undefined).map((c) => [c.criterionId, c]),
  );
  const showReview = reviewed.size > 0;

  return (
    <DataTable
      withColumnBorders
      miw={860}
      verticalSpacing="xs"
      aria-label={t.selfAssessment.title}
      groups={template.groups.map((group) => ({
        key: group.id,
        code: group.code,
        title: group.title,
        summary: { titleSpan: 2, content: <GroupSubtotal group={group} /> },
        rows: group.criteria,
      }))}
      rowKey={(c) => c.id}
      columns={[
        { header: t.selfAssessment.code, w: 60, cell: (c) => c.code },
        {
          header: t.selfAssessment.criterion,
          cell: (c) => (
            <Stack gap={2}>
              <Text size="sm">{c.title}</Text>
              {c.guidance && (
                <Text size="xs" c="dimmed">
                  {c.guidance}
                </Text>
              )}
            </Stack>
          ),
        },
        { header: t.selfAssessment.maxPoints, w: 80, numeric: true, cell: (c) => formatScore(c.maxPoints) },
        {
          header: t.selfAssessment.selfScore,
          w: 130,
          cell: (c) => (
            <PointsField
              field="scores"
              id={c.id}
              max={c.maxPoints}
              aria-label={t.selfAssessment.scoreLabel(c.code)}
            />
          ),
        },
        showReview && {
          header: t.selfAssessment.reviewedScore,
          w: 200,
          cell: (c) => {
            const review = reviewed.get(c.id);
            return (
              review && (
                <Stack gap={2}>
                  <Group gap={4}>
                    <Text size="sm" fw={600} className="tabular">
                      {formatScore(review.reviewedScore ?? review.selfScore)}
                    </Text>
                  </Group>
                  {review.reviewReason && <Text size="xs">{review.reviewReason}</Text>}
                </Stack>
              )
            );
          },
        },
        {
          header: t.selfAssessment.selfNote,
          w: 240,
          cell: (c) => <NoteField id={c.id} aria-label={t.selfAssessment.noteLabel(c.code)} />,
        },
        {
          header: t.selfAssessment.evidence,
          w: 170,
          cell: (c) => (
            <EvidenceCell
              code={c.code}
              criterionId={c.id}
              files={evidence.filter((e) => e.criterionId === c.id)}
              upload={upload}
            />
          ),
        },
      ]}
    />
  );
});
