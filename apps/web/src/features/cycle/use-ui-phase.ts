import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../api/use-api';
import type { CycleDetail } from './contract';
import { type UiPhase, uiPhaseOf } from './phases';

/**
 * The cycle's phase on the nine-step line. The database folds "decided" into the committee phase,
 * so while the committee holds the dossier its status tells the two apart.
 */
export function useUiPhase(cycle: CycleDetail): UiPhase {
  const api = useApi();
  const atCommittee = cycle.phase === 'provincialReview';
  const dossier = useQuery({
    ...api.dossier.list.queryOptions({ cycleId: cycle.id }),
    enabled: atCommittee,
  });
  return uiPhaseOf(cycle.phase, atCommittee && dossier.data?.dossier?.status === 'decided');
}
