import { Badge, Card, Group, SimpleGrid, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { myCyclesQuery } from '../../../api/screen-queries';
import { useApi } from '../../../api/use-api';
import { QueryState } from '../../../components/query-state';
import { t } from '../../../i18n';

/** Cards of the cycles the person can see, newest first. */
export function MyCycles({ heading = true }: { heading?: boolean }) {
  const api = useApi();
  const cycles = useQuery(myCyclesQuery(api));
  return (
    <section aria-label={t.inbox.myCycles}>
      {heading && (
        <Title order={2} size="h4" mb="xs">
          {t.inbox.myCycles}
        </Title>
      )}
      <QueryState query={cycles}>
        {(list) =>
          list.length === 0 ? (
            <Text>{t.inbox.noCycles}</Text>
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
              {[...list]
                .sort((a, b) => b.year - a.year)
                .map((cycle) => (
                  <Card key={cycle.id} withBorder component={Link} to={`/cycles/${cycle.id}`}>
                    <Text fw={600}>{t.cycle.title(cycle.blocName, cycle.year)}</Text>
                    <Group mt="xs">
                      <Badge variant="light">{t.cycle.phases[cycle.phase] ?? cycle.phase}</Badge>
                    </Group>
                  </Card>
                ))}
            </SimpleGrid>
          )
        }
      </QueryState>
    </section>
  );
}
