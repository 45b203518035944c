/**
 * The keys of a label table, in the order they are written, as the non-empty tuple zod's `z.enum` and
 * drizzle's `pgEnum` take: a vocabulary and its Vietnamese labels are then written once, together.
 */
export function keysOf<K extends string>(table: Record<K, unknown>): readonly [K, ...K[]] {
  return Object.keys(table) as unknown as readonly [K, ...K[]];
}
