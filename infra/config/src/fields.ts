import { existsSync } from 'node:fs';
import { z } from 'zod';

/** An empty variable (`FOO=`) means "not set", as in most .env tooling. */
const blankIsUnset = (value: unknown) => (value === '' ? undefined : value);

export const required = <T extends z.ZodType>(schema: T) => z.preprocess(blankIsUnset, schema);
export const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankIsUnset, schema.optional());
export const withDefault = <T extends z.ZodType>(schema: T, value: z.output<T>) =>
  z.preprocess(blankIsUnset, schema.optional()).transform((parsed): z.output<T> => parsed ?? value);

const PORT = 'expected a port number between 1 and 65535';
export const port = z.coerce.number({ error: PORT }).int(PORT).min(1, PORT).max(65535, PORT);

export const boolean = z.stringbool({ error: 'expected true or false' });

export const nonEmpty = z
  .string({ error: 'expected a non-empty value' })
  .trim()
  .min(1, 'expected a non-empty value');

export const postgresUrl = z
  .string({ error: 'expected a postgres:// connection URL' })
  .regex(/^postgres(ql)?:\/\/\S+$/, 'expected a postgres:// connection URL');

/** `host:port`, as Temporal clients take it. */
export const hostPort = z
  .string({ error: 'expected host:port, e.g. 127.0.0.1:7233' })
  .regex(/^(\[[0-9a-fA-F:]+\]|[\w.-]+):\d{1,5}$/, 'expected host:port, e.g. 127.0.0.1:7233');

export const existingFile = z
  .string()
  .refine((file) => existsSync(file), 'expected the path of an existing file');

export const logLevel = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
  error: 'expected one of fatal, error, warn, info, debug, trace, silent',
});

export const logFormat = z.enum(['pretty', 'json'], { error: 'expected pretty or json' });
