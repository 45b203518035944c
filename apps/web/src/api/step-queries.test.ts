import { Query, QueryCache, QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { changedBy } from './step-queries';

const client = new QueryClient();
const query = (path: string, input?: unknown) =>
  new Query({
    client,
    cache: new QueryCache(),
    queryKey: [path.split('.'), { input, type: 'query' }],
    queryHash: JSON.stringify([path, input]),
  } as never);

describe('the queries a step changes', () => {
  it('are the year’s own and the lists across years, not another year’s', () => {
    const changed = changedBy({ cycleId: 'cy-2023', unitId: 'u-stp' });
    expect(changed).toBeDefined();
    const hits = (q: Query) => changed?.(q) ?? true;
    expect(hits(query('cycles.get', { cycleId: 'cy-2023' }))).toBe(true);
    expect(hits(query('selfAssessment.get', { cycleId: 'cy-2023', unitId: 'u-snv' }))).toBe(true);
    expect(hits(query('inbox.list'))).toBe(true);
    expect(hits(query('tracker.list', { status: 'all' }))).toBe(true);
    expect(hits(query('dossier.versions', { documentId: 'd1' }))).toBe(true);
    expect(hits(query('cycles.get', { cycleId: 'cy-2022' }))).toBe(false);
    expect(hits(query('auth.me'))).toBe(false);
  });

  it('are all of them for a step outside any year', () => {
    expect(changedBy({ userId: 'x' })).toBeUndefined();
  });
});
