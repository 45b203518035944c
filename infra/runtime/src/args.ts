import { parseArgs } from 'node:util';
import { ConfigError } from '@thidua/config';

export const roles = ['all', 'api', 'worker', 'records', 'migrate'] as const;
export type Role = (typeof roles)[number];

export interface RuntimeArgs {
  role: Role;
  /** `--create-admin NAME` (with `--role migrate` only): the first admin account of an installation. */
  createAdmin?: string;
}

const USAGE = `--role ${roles.join('|')} [--create-admin NAME (with --role migrate)]`;

/** `--role all|api|worker|records|migrate` (default all), and `--create-admin NAME` with migrate. */
export function parseRuntimeArgs(argv: string[]): RuntimeArgs {
  let values: { role?: string | undefined; 'create-admin'?: string | undefined };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { role: { type: 'string' }, 'create-admin': { type: 'string' } },
      strict: true,
    }));
  } catch (error) {
    throw new ConfigError(`${(error as Error).message}. Usage: ${USAGE}`);
  }
  const role = values.role ?? 'all';
  if (!(roles as readonly string[]).includes(role)) {
    throw new ConfigError(`Invalid --role "${role}": expected one of ${roles.join(', ')}.`);
  }
  const createAdmin = values['create-admin'];
  if (createAdmin === undefined) return { role: role as Role };
  if (role !== 'migrate') {
    throw new ConfigError(
      '--create-admin runs with --role migrate only (once, before the API serves anyone).',
    );
  }
  if (!/^[\p{L}\p{N}._-]{1,64}$/u.test(createAdmin)) {
    throw new ConfigError(
      `Invalid --create-admin "${createAdmin}": a username of letters, digits, dots, dashes or underscores.`,
    );
  }
  return { role: 'migrate', createAdmin };
}
