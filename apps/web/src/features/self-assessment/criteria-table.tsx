import { Group, Stack, Text, Textarea } from '@mantine/core';
import type { ScoreSheet, ScoringTemplate } from '@thidua/domain';
import { DataTable } from '../../components/data-table';
import { ScoreInput } from '../../components/score-input';
import { t } from '../../i18n';
import { formatScore } from '../../lib/format';
import type { EvidenceFile } from './contract';
import { EvidenceCell } from './evidence-cell';
import type { SheetForm } from './sheet-form';
import { sheetInputs } from './sheet-input';

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
  const input = sheetInputs(form, onChange, readOnly, template.scoreStep);

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
        summary: {
          titleSpan: 2,
          content: (
            <Text size="sm" fw={600} className="tabular">
              {t.selfAssessment.groupSubtotal(group.code)}: {formatScore(subtotals.get(group.id) ?? 0)}{' '}
              {t.selfAssessment.outOf(formatScore(group.criteria.reduce((sum, c) => sum + c.maxPoints, 0)))}
            </Text>
          ),
        },
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
            <ScoreInput
              aria-label={t.selfAssessment.scoreLabel(c.code)}
              {...input.points('scores', c.id, c.maxPoints)}
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
          cell: (c) => (
            <Textarea
              aria-label={t.selfAssessment.noteLabel(c.code)}
              size="xs"
              className="grows-with-text"
              rows={1}
              resize="vertical"
              {...input.note(c.id)}
            />
          ),
        },
        {
          header: t.selfAssessment.evidence,
          w: 170,
          cell: (c) => (
            <EvidenceCell
              code={c.code}
              criterionId={c.id}
              files={evidence.filter((e) => e.criterionId === c.id)}
              upload={readOnly ? undefined : upload}
            />
          ),
        },
      ]}
    />
  );
}
