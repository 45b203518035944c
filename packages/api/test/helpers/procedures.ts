import { appRouter } from '../../src/root';

/** Every procedure of the router as path → type ('query' | 'mutation' | 'subscription'). */
export const procedureTypes: Record<string, string> = Object.fromEntries(
  Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>).map(
    ([path, p]) => [path, p._def.type],
  ),
);

export const procedurePaths = Object.keys(procedureTypes).sort();
