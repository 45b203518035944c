import type { Out } from '../../api/types';

export type AuditRow = Out['audit']['list']['rows'][number];
