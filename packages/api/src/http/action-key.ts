/**
 * A user's action carries a key the client mints once and sends again with each retry of that
 * action. A workflow step whose answer was lost (the API restarted, the line dropped) is then the same
 * Temporal Update when retried: the workflow answers with its first outcome instead of doing the
 * step twice.
 */
export const ACTION_KEY_HEADER = 'x-thidua-action';

/** A UUID, or any other key of letters, digits and hyphens long enough not to collide. */
const WELL_FORMED = /^[A-Za-z0-9-]{16,64}$/;

/** The request's action key; undefined when it sends none or a malformed one (the HTTP guard refuses those). */
export function readActionKey(headers: Headers): string | undefined {
  const key = headers.get(ACTION_KEY_HEADER);
  return key !== null && WELL_FORMED.test(key) ? key : undefined;
}

/** Whether the request sends an action key that is not well formed. */
export function actionKeyMalformed(headers: Headers): boolean {
  return headers.has(ACTION_KEY_HEADER) && readActionKey(headers) === undefined;
}

/** The Update id of a step done under an action key: the same action retried is the same Update. */
export function actionUpdateId(step: string, userId: string, actionKey: string): string {
  return `${step}:${userId}:${actionKey}`;
}
