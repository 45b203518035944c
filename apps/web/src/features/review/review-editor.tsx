import {
  Alert,
  Anchor,
  Button,
  CloseButton,
  Group,
  Paper,
  ScrollArea,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { scoreBreakdown } from '@thidua/domain';
import { Fragment, useMemo, useState } from 'react';
import { fileRoutes } from '../../api/file-routes';
import { useAction } from '../../api/use-action';
import { useApi } from '../../api/use-api';
import { ConfirmButton } from '../../components/confirm-button';
import { ErrorAlert } from '../../components/error-alert';
import { QueryState } from '../../components/query-state';
import { t } from '../../i18n';
import { formatDateTime, formatScore } from '../../lib/format';
import type { ReviewDetail, ReviewRow } from './contract';
import { checkCriterion, type ReviewForm, reviewFormOf, reviewInput } from './review-form';

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
  const [returnReason, setReturnReason] = useState('');
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

  return (
    <Stack>
      <Text fw={600} className="tabular" aria-live="polite">
        {t.review.totals(formatScore(detail.selfTotal.total), formatScore(reviewed.total))}
      </Text>
      {detail.latePenalty && <LatePenalty line={detail.latePenalty} />}
      {detail.response && (
        <Alert color="blue" title={t.review.unitResponse}>
          {detail.response.body}
        </Alert>
      )}
      <ScrollArea>
        <Table withTableBorder withColumnBorders miw={960} verticalSpacing="xs" aria-label={t.review.title}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w={56}>
                {t.selfAssessment.code}
              </Table.Th>
              <Table.Th scope="col">{t.selfAssessment.criterion}</Table.Th>
              <Table.Th scope="col" w={70} ta="right">
                {t.selfAssessment.maxPoints}
              </Table.Th>
              <Table.Th scope="col" w={80} ta="right">
                {t.review.selfScore}
              </Table.Th>
              <Table.Th scope="col" w={220}>
                {t.review.selfNote}
              </Table.Th>
              <Table.Th scope="col" w={120}>
                {t.review.reviewedScore}
              </Table.Th>
              <Table.Th scope="col" w={240}>
                {t.review.reason}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {detail.template.groups.map((group) => (
              <Fragment key={group.id}>
                <Table.Tr bg="gray.1">
                  <Table.Th scope="rowgroup">{group.code}</Table.Th>
                  <Table.Th scope="rowgroup" colSpan={6}>
                    {group.title}
                  </Table.Th>
                </Table.Tr>
                {group.criteria.map((c) => {
                  const own = self.get(c.id);
                  const check = checkCriterion(form, detail.template, c.id, c.maxPoints, own?.selfScore);
                  const files = detail.evidence.filter((e) => e.criterionId === c.id);
                  return (
                    <Table.Tr key={c.id}>
                      <Table.Td>{c.code}</Table.Td>
                      <Table.Td>
                        <Text size="sm">{c.title}</Text>
                      </Table.Td>
                      <Table.Td ta="right" className="tabular">
                        {formatScore(c.maxPoints)}
                      </Table.Td>
                      <Table.Td ta="right" className="tabular">
                        {own ? formatScore(own.selfScore) : '—'}
                      </Table.Td>
                      <Table.Td>
                        <Stack gap={2}>
                          {own?.selfNote && <Text size="xs">{own.selfNote}</Text>}
                          {files.map((f) => (
                            <Anchor
                              key={f.id}
                              href={fileRoutes.file(f.id)}
                              size="xs"
                              target="_blank"
                              rel="noopener"
                            >
                              {f.fileName}
                            </Anchor>
                          ))}
                        </Stack>
                      </Table.Td>
                      <Table.Td>
                        <TextInput
                          className="score-input"
                          size="sm"
                          inputMode="decimal"
                          aria-label={t.review.reviewedLabel(c.code)}
                          value={form.scores[c.id] ?? ''}
                          error={check.error}
                          readOnly={!editable}
                          onChange={(e) => set('scores', c.id, e.currentTarget.value)}
                        />
                      </Table.Td>
                      <Table.Td>
                        <Textarea
                          size="xs"
                          autosize
                          minRows={1}
                          aria-label={t.review.reasonLabel(c.code)}
                          value={form.reasons[c.id] ?? ''}
                          error={check.reasonMissing ? t.review.reasonRequired : undefined}
                          readOnly={!editable}
                          onChange={(e) => set('reasons', c.id, e.currentTarget.value)}
                        />
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Fragment>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
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
              <ConfirmButton
                label={t.review.returnForRevision}
                variant="light"
                color="orange"
                message={t.review.returnConfirm}
                onConfirm={() => giveBack.mutateAsync({ ...ids, reason: returnReason })}
                pending={giveBack.isPending}
                error={giveBack.error}
                confirmDisabled={!returnReason.trim()}
              >
                <Textarea
                  label={t.review.returnReason}
                  required
                  autosize
                  minRows={3}
                  value={returnReason}
                  onChange={(e) => setReturnReason(e.currentTarget.value)}
                />
              </ConfirmButton>
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
