import type { In, Out } from '../../api/types';

export type AuditRow = Out['audit']['list']['rows'][number];
export type AuditFacets = Out['audit']['facets'];
export type AuditFilters = NonNullable<In['audit']['list']['filters']>;
