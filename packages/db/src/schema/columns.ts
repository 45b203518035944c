import { type SQL, sql } from 'drizzle-orm';
import { type AnyPgColumn, customType, text, timestamp } from 'drizzle-orm/pg-core';

/** drizzle has no bytea builder; Buffers pass through node-postgres unchanged. */
export const bytea = customType<{ data: Buffer; driverData: Buffer }>({
  dataType: () => 'bytea',
});

/**
 * Text ids: rows loaded from @thidua/domain keep the domain's ids verbatim ('u-thanh-tra'),
 * rows created by the app get a random UUID.
 */
export const textId = () => text('id').primaryKey().default(sql`gen_random_uuid()::text`);

export const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const timestamptz = (name: string) => timestamp(name, { withTimezone: true });

/** The emulation years we accept anywhere (matches the domain's rule-set bounds). */
const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

export function yearInRange(column: AnyPgColumn): SQL {
  return sql`${column} between ${sql.raw(String(MIN_YEAR))} and ${sql.raw(String(MAX_YEAR))}`;
}

/** NFC is enforced by the write functions; the CHECK makes a bypassing write impossible too. */
export function isNfc(column: AnyPgColumn): SQL {
  return sql`${column} is nfc normalized`;
}

/** Non-empty after trimming: blank names are never valid. */
export function notBlank(column: AnyPgColumn): SQL {
  return sql`length(btrim(${column})) > 0`;
}

/** A validity range whose end (inclusive) is not before its start. */
export function validRange(from: AnyPgColumn, to: AnyPgColumn): SQL {
  return sql`${to} is null or ${to} >= ${from}`;
}

/** Renders a list of string literals for an IN (...) check; values are constants of our code, never input. */
export function literalList(values: readonly string[]): SQL {
  return sql.raw(values.map((v) => `'${v.replaceAll("'", "''")}'`).join(', '));
}

/** Lower-case hex SHA-256. */
export function isSha256Hex(column: AnyPgColumn): SQL {
  return sql`${column} ~ '^[0-9a-f]{64}$'`;
}
