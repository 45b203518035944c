import { type ErrorCode, errorMessages, isErrorCode } from '@thidua/domain';
import type { ZodError } from 'zod';

/**
 * A schema check that refuses under a catalogue code, e.g.
 * `.refine(isDecisionNumber, coded('INVALID_DECISION_NUMBER'))`: the client then gets that code and
 * its message instead of the generic INVALID_INPUT, as it would from the workflow's validator.
 */
export const coded = (code: ErrorCode) => ({ message: errorMessages[code], params: { code } });

/** The first coded issue of a schema refusal, if any. */
export function codedIssue(error: ZodError): { code: ErrorCode; message: string; path: string } | undefined {
  for (const issue of error.issues) {
    const code = issue.code === 'custom' ? issue.params?.code : undefined;
    if (isErrorCode(code)) return { code, message: issue.message, path: issue.path.join('.') };
  }
  return undefined;
}
