import { cycles, documents, userRoles } from '@thidua/db/schema';
import type { Role } from '@thidua/domain';
import { and, eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { docxText } from '../../../workflows/test/support/docx-text';
import { type Caller, callerAs } from './callers';
import type { DrivenYears } from './driven-year';
import { BLOC } from './fixtures';
import { waitFor } from './wait';

/** What the tests of driven years read and do through the API, over one file's years. */
export function drivenReads(years: DrivenYears) {
  const as = (username: string) => callerAs(years.services, username);
  return {
    as,
    /** The bloc role for a year, as the administration appoints one; answers the person's caller. */
    async appointed(username: string, role: Extract<Role, 'blocHead' | 'blocDeputy'>, year: number) {
      const admin = await as('admin');
      await admin.admin.users.grantRole({
        userId: years.harness.users.get(username) as string,
        grant: { role, scope: { kind: 'bloc', blocId: BLOC }, year },
      });
      return as(username) as Promise<Caller>;
    },
    /** Waits until the workflow has projected the year's phase (the API reads the projections). */
    phaseProjected: (cycleId: string, phase: string) =>
      waitFor(
        async () => (await years.database.db.select().from(cycles).where(eq(cycles.id, cycleId)))[0]?.phase,
        (p) => p === phase,
      ),
    /** Who holds a bloc role of the bloc for a year (grants as the closing year hands them over). */
    grants: (role: Extract<Role, 'blocHead' | 'blocDeputy'>, year: number) =>
      years.database.db
        .select({ userId: userRoles.userId })
        .from(userRoles)
        .where(and(eq(userRoles.role, role), eq(userRoles.blocId, BLOC), eq(userRoles.year, year))),
    /** Waits until the bloc's year stands in 'setup' (started by the year before as it closed); answers its id. */
    async yearInSetup(year: number): Promise<string> {
      const row = await waitFor(
        async () =>
          (
            await years.database.db
              .select({ id: cycles.id, phase: cycles.phase })
              .from(cycles)
              .where(and(eq(cycles.blocId, BLOC), eq(cycles.year, year)))
          )[0],
        (r) => r?.phase === 'setup',
      );
      return row?.id as string;
    },
    /** The text of the current version of a record of the year (records land a moment after their step answers). */
    async recordText(cycleId: string, fileName: string): Promise<string> {
      const current = await waitFor(
        async () =>
          (
            await years.database.db
              .select({ bytes: documents.bytes, status: documents.status })
              .from(documents)
              .where(and(eq(documents.cycleId, cycleId), eq(documents.fileName, fileName)))
          ).filter((r) => r.status === 'issued' || r.status === 'signed'),
        (rows) => rows.length > 0,
      );
      expect(current, fileName).toHaveLength(1);
      return docxText(new Uint8Array(current[0]?.bytes as Buffer));
    },
  };
}
