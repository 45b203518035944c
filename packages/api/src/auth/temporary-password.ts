import { randomInt } from 'node:crypto';

// No look-alikes (0/O, 1/l/I): the admin reads it out to the person.
const LETTERS = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';

/** A one-time password an admin hands over; the user must change it at first sign-in. */
export function temporaryPassword(): string {
  const pick = (alphabet: string, n: number) =>
    Array.from({ length: n }, () => alphabet[randomInt(alphabet.length)]).join('');
  return `${pick(LETTERS, 6)}-${pick(DIGITS, 4)}-${pick(LETTERS, 4)}`;
}
