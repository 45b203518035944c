/** The insert shape of a drizzle table. */
export type Insert<T extends { $inferInsert: unknown }> = T['$inferInsert'];
