/** The emulation pact of a cycle, its signatures, and each unit's registration of targets. */
import { type AwardKind, normalizeStrings } from '@thidua/domain';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { pactSignatures, pacts, type RegistrationTarget, registrations } from '../schema';

/** The cycle's pact, once (a second call keeps the first title). */
export async function createPact(tx: DbOrTx, input: { cycleId: string; title: string }): Promise<void> {
  await tx
    .insert(pacts)
    .values({ cycleId: input.cycleId, title: normalizeStrings(input.title) })
    .onConflictDoNothing();
}

/** A unit's signature of the cycle's pact, once; a cycle with no pact yet records nothing. */
export async function signPact(
  tx: DbOrTx,
  input: {
    cycleId: string;
    unitId: string;
    signedBy: string | null;
    signerName?: string | undefined;
    at: Date;
  },
): Promise<void> {
  const [pact] = await tx.select({ id: pacts.id }).from(pacts).where(eq(pacts.cycleId, input.cycleId));
  if (!pact) return;
  await tx
    .insert(pactSignatures)
    .values({
      pactId: pact.id,
      unitId: input.unitId,
      signedBy: input.signedBy,
      signerName: input.signerName ? normalizeStrings(input.signerName) : null,
      signedAt: input.at,
    })
    .onConflictDoNothing();
}

/** A unit's registered targets and aimed awards; registering again replaces them. */
export async function registerTargets(
  tx: DbOrTx,
  input: {
    cycleId: string;
    unitId: string;
    targets: RegistrationTarget[];
    aims: AwardKind[];
    submittedBy: string | null;
    at: Date;
  },
): Promise<void> {
  const { at, submittedBy } = input;
  const targets = normalizeStrings(input.targets);
  await tx
    .insert(registrations)
    .values({
      cycleId: input.cycleId,
      unitId: input.unitId,
      targets,
      aims: input.aims,
      submittedAt: at,
      submittedBy,
      updatedAt: at,
    })
    .onConflictDoUpdate({
      target: [registrations.cycleId, registrations.unitId],
      set: { targets, aims: input.aims, submittedAt: at, submittedBy, updatedAt: at },
    });
}
