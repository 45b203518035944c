import {
  DomainError,
  normalizeStrings,
  parseRuleSet,
  parseScoringTemplate,
  type RuleSet,
  type ScoringTemplate,
} from '@thidua/domain';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../client';
import { withDbErrors } from '../errors';
import { ruleSetRows } from '../rows';
import { cycles, ruleSets, ruleSetVersions, scoringTemplates } from '../schema';

/** A rule set as stored, re-validated on the way out (the JSON may predate a schema change). */
export async function getRuleSet(
  db: DbOrTx,
  id: string,
): Promise<{ ruleSet: RuleSet; version: number } | undefined> {
  const [row] = await db.select().from(ruleSets).where(eq(ruleSets.id, id));
  return row && { ruleSet: parseRuleSet(row.body), version: row.version };
}

/**
 * The rule set a cycle runs under: its row names it (a cycle cannot start without one, and adopting
 * the plan replaces it with the adopted one). Totals need it: late reports cost its points.
 */
export async function getCycleRuleSet(db: DbOrTx, cycleId: string): Promise<RuleSet> {
  const [row] = await db
    .select({ body: ruleSets.body })
    .from(cycles)
    .innerJoin(ruleSets, eq(ruleSets.id, cycles.ruleSetId))
    .where(eq(cycles.id, cycleId));
  if (!row) throw new DomainError('NOT_FOUND', 'Không tìm thấy năm thi đua.');
  return parseRuleSet(row.body);
}

/** The rule set in force for a province and year: the province's own, else the national default. */
export async function findRuleSetFor(
  db: DbOrTx,
  provinceId: string,
  year: number,
): Promise<RuleSet | undefined> {
  const own = await db
    .select({ body: ruleSets.body })
    .from(ruleSets)
    .where(and(eq(ruleSets.provinceId, provinceId), eq(ruleSets.year, year)));
  const row =
    own[0] ??
    (
      await db
        .select({ body: ruleSets.body })
        .from(ruleSets)
        .where(and(isNull(ruleSets.provinceId), eq(ruleSets.year, year)))
    )[0];
  return row && parseRuleSet(row.body);
}

/**
 * Saves a rule set (validated by the domain's schema, NFC). `expectedVersion` is the version the
 * editor loaded (0 for a new one); a concurrent save in between is CONFLICT. Returns the new version.
 */
export async function saveRuleSet(
  tx: Tx,
  input: { ruleSet: unknown; expectedVersion: number; editedBy: string | null },
): Promise<number> {
  const ruleSet = parseRuleSet(input.ruleSet);
  const version = input.expectedVersion + 1;
  const base = {
    provinceId: ruleSet.provinceId,
    year: ruleSet.year,
    body: ruleSet,
    editedBy: input.editedBy,
  };
  return withDbErrors(async () => {
    if (input.expectedVersion === 0) {
      await tx.insert(ruleSets).values({ id: ruleSet.id, version, ...base });
    } else {
      const updated = await tx
        .update(ruleSets)
        .set({ ...base, version, editedAt: new Date() })
        .where(and(eq(ruleSets.id, ruleSet.id), eq(ruleSets.version, input.expectedVersion)))
        .returning({ id: ruleSets.id });
      if (updated.length === 0) throw new DomainError('CONFLICT', undefined, { ruleSetId: ruleSet.id });
    }
    await tx
      .insert(ruleSetVersions)
      .values({ ruleSetId: ruleSet.id, version, body: ruleSet, editedBy: input.editedBy });
    return version;
  });
}

export async function getScoringTemplate(
  db: DbOrTx,
  cycleId: string,
): Promise<{ template: ScoringTemplate; version: number; locked: boolean } | undefined> {
  const [row] = await db.select().from(scoringTemplates).where(eq(scoringTemplates.cycleId, cycleId));
  return (
    row && { template: parseScoringTemplate(row.body), version: row.version, locked: row.lockedAt !== null }
  );
}

/**
 * Saves the cycle's criteria table (validated, NFC). Refused once locked (self-assessment has
 * opened) and on a stale `expectedVersion` (CONFLICT; 0 = create).
 */
export async function saveScoringTemplate(
  tx: Tx,
  input: { cycleId: string; template: unknown; expectedVersion: number; editedBy: string | null },
): Promise<number> {
  const template = parseScoringTemplate(input.template);
  const version = input.expectedVersion + 1;
  return withDbErrors(async () => {
    if (input.expectedVersion === 0) {
      await tx.insert(scoringTemplates).values({
        id: template.id,
        cycleId: input.cycleId,
        version,
        body: template,
        editedBy: input.editedBy,
      });
      return version;
    }
    const updated = await tx
      .update(scoringTemplates)
      .set({ body: template, version, editedBy: input.editedBy, editedAt: new Date() })
      .where(
        and(
          eq(scoringTemplates.cycleId, input.cycleId),
          eq(scoringTemplates.version, input.expectedVersion),
          sql`${scoringTemplates.lockedAt} is null`,
        ),
      )
      .returning({ id: scoringTemplates.id });
    if (updated.length === 0) {
      const current = await getScoringTemplate(tx, input.cycleId);
      if (current?.locked)
        throw new DomainError('WRONG_PHASE', 'Bảng tiêu chí đã được khóa cho năm thi đua này.');
      throw new DomainError('CONFLICT', undefined, { cycleId: input.cycleId });
    }
    return version;
  });
}

/** Freezes the table when self-assessment opens (idempotent). */
export async function lockScoringTemplate(db: DbOrTx, cycleId: string, at = new Date()): Promise<void> {
  await db
    .update(scoringTemplates)
    .set({ lockedAt: at })
    .where(and(eq(scoringTemplates.cycleId, cycleId), sql`${scoringTemplates.lockedAt} is null`));
}

/**
 * The plan adopted for a cycle: its rule set (one adopted for the year but not yet stored becomes
 * version 1 of its own row) and its criteria table, locked from then on (a table already stored
 * for the cycle takes the adopted body as its next version).
 */
export async function adoptPlan(
  tx: DbOrTx,
  input: { cycleId: string; ruleSetId: string; ruleSet: RuleSet; template: ScoringTemplate; at: Date },
): Promise<void> {
  const { cycleId, at } = input;
  const [stored] = await tx
    .select({ id: ruleSets.id })
    .from(ruleSets)
    .where(eq(ruleSets.id, input.ruleSetId));
  if (!stored) {
    const rows = ruleSetRows(input.ruleSet);
    await tx.insert(ruleSets).values(rows.ruleSet);
    await tx.insert(ruleSetVersions).values(rows.version);
  }
  await tx.update(cycles).set({ ruleSetId: input.ruleSetId }).where(eq(cycles.id, cycleId));
  const template = normalizeStrings(input.template);
  const [current] = await tx
    .select({ id: scoringTemplates.id })
    .from(scoringTemplates)
    .where(eq(scoringTemplates.cycleId, cycleId));
  if (current) {
    await tx
      .update(scoringTemplates)
      .set({ body: template, version: sql`${scoringTemplates.version} + 1`, lockedAt: at, editedAt: at })
      .where(eq(scoringTemplates.cycleId, cycleId));
  } else {
    await tx.insert(scoringTemplates).values({ id: template.id, cycleId, body: template, lockedAt: at });
  }
}
