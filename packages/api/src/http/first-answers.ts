import { createCaller } from '../root';
import { transformer } from '../transformer';
import { type CreateContextOptions, createTRPCContext } from '../trpc';
import {
  FIRST_ANSWERS_ID,
  type FirstAnswer,
  type FirstQuery,
  firstQueriesOf,
  procedureAt,
} from './first-queries';

type Procedure = (input: unknown) => Promise<unknown>;

/**
 * The answers to the first queries of the signed-in screen at `pathname`, run in-process under the
 * request's own session: the same gate, scope and services as over HTTP. None unless the session is
 * live (the page then checks it itself and goes to the sign-in form); a query refused or failing is
 * left out, and the screen asks it again and shows the refusal as usual.
 */
export async function firstAnswers(pathname: string, context: CreateContextOptions): Promise<FirstAnswer[]> {
  const caller = createCaller(createTRPCContext(context));
  const run = (query: FirstQuery) => procedureAt<Procedure>(caller, query.path)(query.input);
  const queries = firstQueriesOf(pathname);
  const settled = await Promise.allSettled(queries.map(run));
  if (settled[0]?.status !== 'fulfilled') return [];
  return queries.flatMap((query, i) => {
    const answer = settled[i];
    return answer?.status === 'fulfilled' ? [{ ...query, result: transformer.serialize(answer.value) }] : [];
  });
}

/** Answers as the page element that carries them: JSON, with `<` escaped so no text can end the element. */
export function firstAnswersElement(answers: readonly FirstAnswer[]): string {
  const json = JSON.stringify(answers).replace(/</g, '\\u003c');
  return `<script type="application/json" id="${FIRST_ANSWERS_ID}">${json}</script>`;
}
