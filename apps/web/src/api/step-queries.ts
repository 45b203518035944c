import type { Query } from '@tanstack/react-query';

/** Lists that gather every year: a step in any year may change them. */
const acrossYears = new Set([
  'inbox.list',
  'tracker.list',
  'cycles.list',
  'committee.inbox',
  'notifications.list',
  'admin.activity.list',
]);

/** A tRPC query key: [[path segments], { input, type }]. */
function pathAndInput(query: Query): { path: string; input: unknown } {
  const [path, meta] = query.queryKey as [unknown, { input?: unknown } | undefined];
  return { path: Array.isArray(path) ? path.join('.') : '', input: meta?.input };
}

const cycleOf = (value: unknown): string | undefined =>
  value && typeof value === 'object' && 'cycleId' in value && typeof value.cycleId === 'string'
    ? value.cycleId
    : undefined;

/**
 * The queries a step may have changed: everything about its year (any query whose input names the
 * same cycle) and the lists across years; a step outside any year (administration) changes anything.
 */
export function changedBy(variables: unknown): ((query: Query) => boolean) | undefined {
  const cycleId = cycleOf(variables);
  if (!cycleId) return undefined;
  return (query) => {
    const { path, input } = pathAndInput(query);
    // A document's versions are asked by document: the year's records move with its steps.
    return acrossYears.has(path) || path.startsWith('dossier.') || cycleOf(input) === cycleId;
  };
}
