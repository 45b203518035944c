/**
 * Procedures the screens call that the API has not declared yet (none at the moment). `useApi`
 * prefers AppRouter's real declaration wherever one exists, so an entry here disappears on its own
 * once the API adds it.
 */
// biome-ignore lint/complexity/noBannedTypes: an empty contract is the goal state
export type PendingProcedures = {};
