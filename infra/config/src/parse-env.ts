import type { z } from 'zod';
import { ConfigError } from './errors';

/** Values of these variables may hold credentials, so they are never echoed back. */
const SECRET = /URL|KEY|PASSWORD|SECRET|TOKEN/;

/** Validates `env` against `schema`; the first problem becomes a one-line ConfigError. */
export function parseEnv<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv = process.env): z.output<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const name = String(issue?.path[0] ?? 'environment');
  const value = env[name];
  const got =
    value === undefined || value === '' ? ' (not set)' : SECRET.test(name) ? '' : ` (got "${value}")`;
  throw new ConfigError(
    `Invalid configuration: ${name} — ${issue?.message ?? 'invalid value'}${got}. See .env.example.`,
  );
}
