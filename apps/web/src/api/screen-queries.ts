import type { Api } from './use-api';

// The queries screens issue at their first render, defined once: the screens read them and the router
// starts them alongside the session check (routes.tsx), so a cold load asks the server once.

/** The header's unread count, polled so a reminder sent by a workflow timer shows without a reload. */
export const unreadNotificationsQuery = (api: Api) =>
  api.notifications.list.queryOptions(undefined, { refetchInterval: 60_000 });
export const inboxTasksQuery = (api: Api) =>
  api.inbox.list.queryOptions(undefined, { refetchInterval: 60_000 });
/** The years the person works in (the inbox, the tracker's and the templates' year choices). */
export const myCyclesQuery = (api: Api) => api.cycles.list.queryOptions(undefined);
/** The year a cycle screen is about: every `$cycleId` route reads it first (its frame). */
export const cycleQuery = (api: Api, cycleId: string) => api.cycles.get.queryOptions({ cycleId });
export const selfAssessmentQuery = (api: Api, cycleId: string, unitId: string) =>
  api.selfAssessment.get.queryOptions({ cycleId, unitId });
