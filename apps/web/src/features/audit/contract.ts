import type { In, Out } from '../../api/types';

export type AuditPage = Out['audit']['list'];
export type AuditRow = AuditPage['rows'][number];
export type AuditFacets = Out['audit']['facets'];
export type AuditFilters = NonNullable<In['audit']['list']['filters']>;
