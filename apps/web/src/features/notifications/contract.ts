import type { Out } from '../../api/types';

export type NotificationRow = Out['notifications']['list']['rows'][number];
