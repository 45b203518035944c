import type { In, Out } from '../../api/types';

export type TrackerRow = Out['tracker']['list']['rows'][number];
type TrackerInput = Extract<In['tracker']['list'], object>;
export type TrackerStatus = NonNullable<TrackerInput['status']>;
