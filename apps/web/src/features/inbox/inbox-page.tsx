import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { inboxTasksQuery, myCyclesQuery } from '../../api/screen-queries';
import { useApi } from '../../api/use-api';
import { DueBadge } from '../../components/due-badge';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { t } from '../../i18n';
import { formatDate } from '../../lib/format';
import { MyCycles } from '../cycle/components/my-cycles';
import type { Task } from './contract';
import { dueInstant, taskHref } from './task-link';

export function InboxPage() {
  const api = useApi();
  const tasks = useQuery(inboxTasksQuery(api));
  const cycles = useQuery(myCyclesQuery(api));
  const cycleName = (cycleId: string) => {
    const c = cycles.data?.find((x) => x.id === cycleId);
    return c ? t.inbox.cycleLabel(c.blocName, c.year) : undefined;
  };

  return (
    <Stack>
      <PageHeader title={t.inbox.title} subtitle={t.inbox.lead} />
      <QueryState query={tasks}>
        {(list) => {
          if (list.length === 0) return <Text>{t.inbox.empty}</Text>;
          // The API sorts by urgency already: overdue first, then the nearest deadline.
          const overdue = list.filter((task) => task.overdue);
          const upcoming = list.filter((task) => !task.overdue);
          return (
            <Stack>
              <TaskSection title={t.inbox.overdueSection} tasks={overdue} cycleName={cycleName} />
              <TaskSection title={t.inbox.upcomingSection} tasks={upcoming} cycleName={cycleName} />
            </Stack>
          );
        }}
      </QueryState>
      <MyCycles />
    </Stack>
  );
}

interface SectionProps {
  title: string;
  tasks: Task[];
  cycleName: (cycleId: string) => string | undefined;
}

function TaskSection({ title, tasks, cycleName }: SectionProps) {
  if (tasks.length === 0) return null;
  return (
    <section aria-label={title}>
      <Title order={2} size="h4" mb="xs">
        {title} ({tasks.length})
      </Title>
      <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {tasks.map((task) => (
          <Card
            key={`${task.kind}:${task.cycleId}:${task.unitId ?? ''}:${task.roundId ?? ''}`}
            withBorder
            padding="sm"
            component="li"
            style={task.overdue ? { borderLeft: '4px solid var(--mantine-color-red-8)' } : undefined}
          >
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Stack gap={2}>
                <Text fw={600}>{task.title}</Text>
                <Text size="sm" c="dimmed">
                  {cycleName(task.cycleId)}
                </Text>
              </Stack>
              <Group gap="xs">
                {task.due && (
                  <>
                    <Text size="sm">{t.inbox.dueOn(formatDate(dueInstant(task.due)))}</Text>
                    <DueBadge due={dueInstant(task.due)} />
                  </>
                )}
                <Button
                  component={Link}
                  to={taskHref(task)}
                  size="xs"
                  aria-label={`${t.inbox.openTask}: ${task.title}`}
                >
                  {t.inbox.openTask}
                </Button>
              </Group>
            </Group>
          </Card>
        ))}
      </Stack>
    </section>
  );
}
