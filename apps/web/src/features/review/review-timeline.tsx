import { Alert, Paper, SimpleGrid, Stack, Text, Timeline, Title } from '@mantine/core';
import { t } from '../../i18n';
import { formatDateTime, formatScore } from '../../lib/format';
import type { ReviewDetail } from './contract';

type Line = ReviewDetail['history']['lines'][number];

/** Who changed a value and when: "Phó khối Nguyễn Văn A · 05/12/2026 09:30". */
const byline = (c: Line['changes'][number]) =>
  [c.byRole ? t.nav.roles[c.byRole] : null, c.by, formatDateTime(c.at)].filter(Boolean).join(' · ');

/** One line's changes in time order: the unit's score, then each reviewed value with who, when and why. */
function LineTimeline({ line }: { line: Line }) {
  return (
    <Paper withBorder p="sm" component="section" aria-label={t.review.historyOf(line.code)}>
      <Text fw={600} size="sm" mb="xs">
        {line.code}. {line.title}
      </Text>
      <Timeline bulletSize={14} lineWidth={2} active={line.changes.length}>
        <Timeline.Item title={t.review.historySelf(formatScore(line.self))} />
        {line.changes.map((c) => (
          <Timeline.Item
            key={`${c.at}:${c.after}`}
            title={t.review.historyChange(formatScore(c.before), formatScore(c.after))}
          >
            <Text size="xs" c="dimmed">
              {byline(c)}
            </Text>
            <Text size="sm">{c.reason ?? t.review.historyNoReason}</Text>
          </Timeline.Item>
        ))}
      </Timeline>
    </Paper>
  );
}

/** Lịch sử thẩm định: a timeline per line the review changed, and the unit's answer after them. */
export function ReviewTimeline({ history }: { history: ReviewDetail['history'] }) {
  if (history.lines.length === 0 && !history.reply) return null;
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t.review.historyTitle}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {history.lines.map((line) => (
          <LineTimeline key={`${line.kind}:${line.itemId}`} line={line} />
        ))}
      </SimpleGrid>
      {history.reply && (
        <Alert color="blue" title={t.review.unitResponse}>
          <Text size="sm">{history.reply.body}</Text>
          <Text size="xs" c="dimmed">
            {history.reply.by} · {formatDateTime(history.reply.at)}
          </Text>
        </Alert>
      )}
    </Stack>
  );
}
