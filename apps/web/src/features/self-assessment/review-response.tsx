import { Button, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useAction } from '../../api/use-action';
import { useApi } from '../../api/use-api';
import { ErrorAlert } from '../../components/error-alert';
import { t } from '../../i18n';
import type { SelfAssessmentView } from './contract';

/** The unit's answer to the reviewers' changes, while the review is open. */
export function ReviewResponse({ view }: { view: SelfAssessmentView }) {
  const api = useApi();
  const [body, setBody] = useState('');
  const respond = useAction(api.review.respond.mutationOptions(), t.selfAssessment.responded);
  const changed = view.sheet.criteria.some(
    (c) => c.reviewedScore !== undefined && c.reviewedScore !== c.selfScore,
  );
  if (!changed) return null;
  return (
    <Paper withBorder p="md">
      <Stack>
        <Text fw={600}>{t.selfAssessment.respondTitle}</Text>
        <Textarea
          label={t.selfAssessment.respondLabel}
          autosize
          minRows={3}
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
        />
        <ErrorAlert error={respond.error} />
        <Button
          disabled={!body.trim()}
          loading={respond.isPending}
          onClick={() => respond.mutate({ cycleId: view.cycleId, unitId: view.unitId, body })}
        >
          {t.selfAssessment.respond}
        </Button>
      </Stack>
    </Paper>
  );
}
