/** A start-up problem the operator can fix; printed as one line, never as a stack trace. */
export class SetupError extends Error {
  override readonly name = 'SetupError';
}
