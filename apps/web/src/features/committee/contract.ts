import type { In, Out } from '../../api/types';

export type CommitteeRow = Out['committee']['inbox']['rows'][number];
export type AwardKind = In['committee']['recordDecision']['awards'][number]['award'];
