import type { In, Out } from '../../api/types';

export type ConferenceView = Out['conference']['get'];
export type Round = ConferenceView['rounds'][number];
export type VoteKind = Round['voteKind'];
export type Ballot = In['conference']['castBallot']['choices'];
