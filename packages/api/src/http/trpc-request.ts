import { matrix } from '../authz/matrix';

/**
 * Limits a tRPC request meets before its body is parsed. A stranger can reach only the public
 * procedures (the sign-in): their bodies are small, so a large or deeply nested one is refused
 * before it costs the event loop anything.
 */

/** Procedures that check a password: one per request, so every guess is a request of its own. */
const unbatchable = new Set(['auth.signIn', 'auth.changePassword']);

/** A sign-in is a username and a password: far below this. */
export const PUBLIC_BODY_MAX_BYTES = 8 * 1024;
/** Signed-in calls are small JSON too; rule sets and templates are the largest. */
export const BODY_MAX_BYTES = 1024 * 1024;
/** The deepest input (a rule set in superjson's envelope) nests far less. */
export const MAX_JSON_DEPTH = 32;

/** The procedures a request to `/api/trpc/<paths>` names (several for a batch). */
export function procedurePaths(pathname: string): string[] {
  const tail = pathname.replace(/^.*?\/api\/trpc\/?/, '');
  let decoded: string;
  try {
    decoded = decodeURIComponent(tail);
  } catch {
    decoded = tail;
  }
  return decoded.split(',').filter(Boolean);
}

/**
 * A batch that includes a password check is refused whole; so is a batch sent under an action key
 * (the key names one action: two steps of one batch would share it).
 */
export function batchRefused(paths: readonly string[], hasActionKey = false): boolean {
  return paths.length > 1 && (hasActionKey || paths.some((path) => unbatchable.has(path)));
}

/** The body limit of a request: the public one unless every procedure named needs a session. */
export function bodyLimitOf(paths: readonly string[]): number {
  const signedInOnly =
    paths.length > 0 &&
    paths.every((path) => {
      const entry = matrix[path];
      return entry !== undefined && entry !== 'public';
    });
  return signedInOnly ? BODY_MAX_BYTES : PUBLIC_BODY_MAX_BYTES;
}

/** Whether JSON text nests deeper than `max` arrays and objects (strings skipped), without parsing it. */
export function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}
