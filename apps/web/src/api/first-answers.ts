import type { QueryClient } from '@tanstack/react-query';
import { FIRST_ANSWERS_ID, type FirstAnswer, type FirstQuery, procedureAt } from '@thidua/api/client';
import superjson from 'superjson';
import type { Api } from './use-api';

interface QueryProcedure {
  queryOptions: (input: unknown) => { queryKey: readonly unknown[] };
}

/** The query options of a procedure named by its path ('inbox.list'). */
export function queryOptionsOf(api: Api, query: FirstQuery) {
  return procedureAt<QueryProcedure>(api, query.path).queryOptions(query.input);
}

/**
 * Puts the answers the page arrived with (apps/api/src/web-app.ts) into the cache, so the first
 * screen draws without a request of its own. A page without them, or with unreadable ones, simply
 * leaves the screen to ask.
 */
export function seedFirstAnswers(queryClient: QueryClient, api: Api): void {
  const element = document.getElementById(FIRST_ANSWERS_ID);
  if (!element?.textContent) return;
  element.remove();
  let answers: FirstAnswer[];
  try {
    answers = JSON.parse(element.textContent) as FirstAnswer[];
  } catch {
    return;
  }
  for (const answer of answers) {
    const data = superjson.deserialize(answer.result as Parameters<typeof superjson.deserialize>[0]);
    queryClient.setQueryData(queryOptionsOf(api, answer).queryKey, data);
  }
}
