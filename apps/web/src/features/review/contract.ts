import type { In, Out } from '../../api/types';

export type ReviewRow = Out['review']['list'][number];
export type ReviewDetail = Out['review']['get'];
export type SetScoresInput = In['review']['setScores'];
export type ReviewSummary = Out['review']['summary'];
