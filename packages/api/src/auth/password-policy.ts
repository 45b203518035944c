import { DEMO_PASSWORD, DomainError, nfc } from '@thidua/domain';

const PASSWORD_MIN_LENGTH = 10;
/** scrypt cost grows with length; a cap keeps a sign-in from being a CPU attack. */
export const PASSWORD_MAX_LENGTH = 200;

/** Refuses a new password that is short, letter- or digit-only, the username, or the demo password. */
export function assertAcceptablePassword(password: string, username: string): void {
  const value = nfc(password);
  const weak =
    value.length < PASSWORD_MIN_LENGTH ||
    value.length > PASSWORD_MAX_LENGTH ||
    !/\p{L}/u.test(value) ||
    !/\p{N}/u.test(value) ||
    value.toLowerCase().includes(username.toLowerCase()) ||
    value === DEMO_PASSWORD;
  if (weak) throw new DomainError('WEAK_PASSWORD');
}
