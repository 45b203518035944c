import {
  Alert,
  Anchor,
  Button,
  CloseButton,
  Group,
  Paper,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type ScoringTemplate, scoreBreakdown } from '@thidua/domain';
import { useMemo, useState } from 'react';
import { fileRoutes } from '../../api/file-routes';
import { useAction } from '../../api/use-action';
import { useApi } from '../../api/use-api';
import { ReturnButton } from '../../components/confirm-button';
import { DataTable } from '../../components/data-table';
import { ErrorAlert } from '../../components/error-alert';
import { QueryState } from '../../components/query-state';
import { ScoreInput } from '../../components/score-input';
import { t } from '../../i18n';
import { formatDateTime, formatScore } from '../../lib/format';
import type { ReviewDetail, ReviewRow } from './contract';
import { checkCriterion, type ReviewForm, reviewFormOf, reviewInput } from './review-form';
import { ReviewTimeline } from './review-timeline';

interface Props {
  cycleId: string;
  unit: ReviewRow;
  editable: boolean;
  /** The head may also give the sheet back (the year's allowedActions). */
  mayReturn: boolean;
  onClose: () => void;
}

export function ReviewEditor({ cycleId, unit, editable, mayReturn, onClose }: Props) {
  const api = useApi();
  const query = useQuery(api.review.get.queryOptions({ cycleId, unitId: unit.unitId }));
  return (
    <Paper withBorder p="md" component="section" aria-label={t.review.reviewUnit(unit.name)}>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          {t.review.reviewUnit(unit.name)}
        </Title>
        <CloseButton onClick={onClose} aria-label={t.review.close} />
      </Group>
      <QueryState query={query}>
        {(detail) => (
          <Editor detail={detail} editable={editable && !detail.review?.lockedAt} mayReturn={mayReturn} />
        )}
      </QueryState>
    </Paper>
  );
}

function Editor({
  detail,
  editable,
  mayReturn,
}: {
  detail: ReviewDetail;
  editable: boolean;
  mayReturn: boolean;
}) {
  const api = useApi();
  const [form, setForm] = useState<ReviewForm>(() => reviewFormOf(detail.sheet));
  const save = useAction(api.review.setScores.mutationOptions(), t.review.saved);
  const giveBack = useAction(api.review.returnForRevision.mutationOptions(), t.review.returned);
  const ids = { cycleId: detail.cycleId, unitId: detail.unitId };
  const { input, reviewedSheet, problems } = useMemo(
    () =>
      reviewInput(form, detail.template, detail.sheet, { cycleId: detail.cycleId, unitId: detail.unitId }),
    [form, detail],
  );
  const reviewed = useMemo(
    () => scoreBreakdown(detail.template, reviewedSheet, 'reviewed', detail.scoringRules),
    [detail.template, reviewedSheet, detail.scoringRules],
  );
  const self = new Map(detail.sheet.criteria.map((c) => [c.criterionId, c]));
  const set = (field: 'scores' | 'reasons', id: string, value: string) =>
    setForm((f) => ({ ...f, [field]: { ...f[field], [id]: value } }));
  // Each criterion with the unit's own score and files beside it, and what is wrong with the reviewed one.
  const lines = (criteria: ScoringTemplate['groups'][number]['criteria']) =>
    criteria.map((c) => {
      const own = self.get(c.id);
      const check = checkCriterion(form, detail.template, c.id, c.maxPoints, own?.selfScore);
      return { c, own, check, files: detail.evidence.filter((e) => e.criterionId === c.id) };
    });

  return (
    <Stack>
      <Text fw={600} className="tabular" aria-live="polite">
        {t.review.totals(formatScore(detail.selfTotal.total), formatScore(reviewed.total))}
      </Text>
      {detail.latePenalty && <LatePenalty line={detail.latePenalty} />}
      <DataTable
        withColumnBorders
        miw={960}
        verticalSpacing="xs"
        aria-label={t.review.title}
        groups={detail.template.groups.map((g) => ({
          key: g.id,
          code: g.code,
          title: g.title,
          rows: lines(g.criteria),
        }))}
        rowKey={({ c }) => c.id}
        columns={[
          { header: t.selfAssessment.code, w: 56, cell: ({ c }) => c.code },
          { header: t.selfAssessment.criterion, cell: ({ c }) => <Text size="sm">{c.title}</Text> },
          {
            header: t.selfAssessment.maxPoints,
            w: 70,
            numeric: true,
            cell: ({ c }) => formatScore(c.maxPoints),
          },
          {
            header: t.review.selfScore,
            w: 80,
            numeric: true,
            cell: ({ own }) => (own ? formatScore(own.selfScore) : '—'),
          },
          {
            header: t.review.selfNote,
            w: 220,
            cell: ({ own, files }) => (
              <Stack gap={2}>
                {own?.selfNote && <Text size="xs">{own.selfNote}</Text>}
                {files.map((f) => (
                  <Anchor key={f.id} href={fileRoutes.file(f.id)} size="xs" target="_blank" rel="noopener">
                    {f.fileName}
                  </Anchor>
                ))}
              </Stack>
            ),
          },
          {
            header: t.review.reviewedScore,
            w: 120,
            cell: ({ c, check }) => (
              <ScoreInput
                aria-label={t.review.reviewedLabel(c.code)}
                value={form.scores[c.id] ?? ''}
                error={check.error}
                readOnly={!editable}
                onChange={(e) => set('scores', c.id, e.currentTarget.value)}
              />
            ),
          },
          {
            header: t.review.reason,
            w: 240,
            cell: ({ c, check }) => (
              <Textarea
                size="xs"
                className="grows-with-text"
                rows={1}
                resize="vertical"
                aria-label={t.review.reasonLabel(c.code)}
                value={form.reasons[c.id] ?? ''}
                error={check.reasonMissing ? t.review.reasonRequired : undefined}
                readOnly={!editable}
                onChange={(e) => set('reasons', c.id, e.currentTarget.value)}
              />
            ),
          },
        ]}
      />
      <ReviewTimeline history={detail.history} />
      {editable && (
        <>
          <Textarea
            label={t.review.comment}
            autosize
            minRows={2}
            value={form.comment}
            onChange={(e) => setForm((f) => ({ ...f, comment: e.currentTarget.value }))}
          />
          <ErrorAlert error={save.error} />
          <Group>
            <Button loading={save.isPending} disabled={problems > 0} onClick={() => save.mutate(input)}>
              {t.review.save}
            </Button>
            {mayReturn && (
              <ReturnButton
                label={t.review.returnForRevision}
                message={t.review.returnConfirm}
                onReturn={(reason) => giveBack.mutateAsync({ ...ids, reason })}
              />
            )}
          </Group>
        </>
      )}
    </Stack>
  );
}

/** Điểm trừ nộp chậm: each late report with its deadline, hand-in and days late, under the year's rule. */
function LatePenalty({ line }: { line: NonNullable<ReviewDetail['latePenalty']> }) {
  return (
    <Alert color="orange" title={t.review.latePenaltyTitle(formatScore(line.points))}>
      <Stack gap={4}>
        {line.reports.map((r) => (
          <Text key={r.report} size="sm">
            {t.review.lateReport(r.label, formatDateTime(r.due), formatDateTime(r.at), r.daysLate)}
          </Text>
        ))}
        <Text size="sm">{t.review.latePenaltyRule(formatScore(line.pointsPerReport), line.rule.text)}</Text>
        <Text size="xs" c="dimmed">
          {line.rule.citation}
        </Text>
      </Stack>
    </Alert>
  );
}
