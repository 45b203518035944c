import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { cycleQuery } from '../../api/screen-queries';
import { useApi } from '../../api/use-api';

/** The `$cycleId` of the current route (every cycle screen has one). */
export function useCycleId(): string {
  const { cycleId } = useParams({ strict: false }) as { cycleId?: string };
  if (!cycleId) throw new Error('useCycleId outside a cycle route');
  return cycleId;
}

export function useCycle(cycleId: string) {
  const api = useApi();
  return useQuery(cycleQuery(api, cycleId));
}
