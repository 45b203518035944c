import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useSubscription } from '@trpc/tanstack-react-query';
import { useApi } from '../../api/use-api';
import type { ConferenceView } from './contract';

/**
 * The conference as everyone in the room sees it. The server pushes a new view whenever attendance,
 * turnout or a round changes (conference.live); a slow poll covers a dropped connection.
 */
export function useConference(cycleId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  const query = useQuery(api.conference.get.queryOptions({ cycleId }, { refetchInterval: 15_000 }));
  const key = api.conference.get.queryKey({ cycleId });
  useSubscription(
    api.conference.live.subscriptionOptions(
      { cycleId },
      {
        onData: (event: { data: ConferenceView } | ConferenceView) => {
          const view = 'data' in event ? event.data : event;
          queryClient.setQueryData(key, view);
        },
      },
    ),
  );
  return query;
}
