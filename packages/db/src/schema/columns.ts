import { type SQL, sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  check,
  customType,
  integer,
  jsonb,
  type ReferenceConfig,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

/** drizzle has no bytea builder; Buffers pass through node-postgres unchanged. */
export const bytea = customType<{ data: Buffer; driverData: Buffer }>({
  dataType: () => 'bytea',
});

/**
 * Text ids: rows loaded from @thidua/domain keep the domain's ids verbatim ('u-thanh-tra'),
 * rows created by the app get a random UUID.
 */
export const textId = () => text('id').primaryKey().default(sql`gen_random_uuid()::text`);

export const timestamptz = (name: string) => timestamp(name, { withTimezone: true });

/** A timestamp the database sets when the row is written. */
export const stampedNow = (name: string) => timestamptz(name).notNull().defaultNow();

export const createdAt = () => stampedNow('created_at');

export const updatedAt = () => stampedNow('updated_at');

/** A text foreign key every row must have. */
export const requiredRef = (
  name: string,
  target: ReferenceConfig['ref'],
  actions?: ReferenceConfig['actions'],
) => text(name).notNull().references(target, actions);

/** A jsonb array, empty by default. */
export const jsonList = <T>(name: string) => jsonb(name).$type<T[]>().notNull().default([]);

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
function isSha256Hex(column: AnyPgColumn): SQL {
  return sql`${column} ~ '^[0-9a-f]{64}$'`;
}

/** A file's bytes are kept in the row or in the object store, never both. */
export const storedFile = () => ({
  fileName: text('file_name').notNull(),
  contentType: text('content_type').notNull(),
  sha256: text('sha256').notNull(),
  sizeBytes: integer('size_bytes').notNull(),
  bytes: bytea('bytes'),
  storageKey: text('storage_key'),
});

interface StoredFileColumns {
  sha256: AnyPgColumn;
  sizeBytes: AnyPgColumn;
  bytes: AnyPgColumn;
  storageKey: AnyPgColumn;
}

/** The hash, the size limit and the one place of a stored file, named after its table. */
export function storedFileChecks(table: string, t: StoredFileColumns, maxBytes: number) {
  return [
    check(`${table}_sha256`, isSha256Hex(t.sha256)),
    check(`${table}_size`, sql`${t.sizeBytes} between 1 and ${sql.raw(String(maxBytes))}`),
    check(`${table}_storage`, sql`(${t.bytes} is null) <> (${t.storageKey} is null)`),
    check(`${table}_bytes_size`, sql`${t.bytes} is null or octet_length(${t.bytes}) = ${t.sizeBytes}`),
  ];
}
