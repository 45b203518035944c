import { parseArgs } from 'node:util';
import { ConfigError } from '@thidua/config';

export const roles = ['all', 'api', 'worker', 'migrate'] as const;
export type Role = (typeof roles)[number];

/** `--role all|api|worker|migrate` (default all). */
export function parseRole(argv: string[]): Role {
  let values: { role?: string | undefined };
  try {
    ({ values } = parseArgs({ args: argv, options: { role: { type: 'string' } }, strict: true }));
  } catch (error) {
    throw new ConfigError(`${(error as Error).message}. Usage: --role ${roles.join('|')}`);
  }
  const role = values.role ?? 'all';
  if (!(roles as readonly string[]).includes(role)) {
    throw new ConfigError(`Invalid --role "${role}": expected one of ${roles.join(', ')}.`);
  }
  return role as Role;
}
