import { getRuleSet, saveRuleSet } from '@thidua/db';
import { ruleSets } from '@thidua/db/schema';
import type { RuleSet } from '@thidua/domain';
import { DomainError, minorityDecisions } from '@thidua/domain';
import { and, asc, eq, isNull, or, sql } from 'drizzle-orm';
import { audit } from '../../audit/record';
import type { ServiceContext } from '../context';

/** Rule sets of the caller's province (and the national defaults), or all for the admin. */
export async function listRuleSets(ctx: ServiceContext, input: { year?: number | undefined }) {
  const provinces = ctx.access.grants.some((g) => g.rule === 'any')
    ? undefined
    : ctx.access.grants.flatMap((g) => (g.provinceId ? [g.provinceId] : []));
  const rows = await ctx.db
    .select({
      id: ruleSets.id,
      provinceId: ruleSets.provinceId,
      year: ruleSets.year,
      title: sql<string>`${ruleSets.body}->>'title'`,
      version: ruleSets.version,
      editedAt: ruleSets.editedAt,
    })
    .from(ruleSets)
    .where(
      and(
        provinces
          ? or(isNull(ruleSets.provinceId), ...provinces.map((p) => eq(ruleSets.provinceId, p)))
          : undefined,
        input.year !== undefined ? eq(ruleSets.year, input.year) : undefined,
      ),
    )
    .orderBy(asc(ruleSets.year), asc(ruleSets.id));
  return rows;
}

/** One rule set; a province's staff see their own and the national default. */
export async function getRuleSetFor(ctx: ServiceContext, input: { ruleSetId: string }) {
  const [row] = await ctx.db
    .select({ provinceId: ruleSets.provinceId })
    .from(ruleSets)
    .where(eq(ruleSets.id, input.ruleSetId));
  const found = row ? await getRuleSet(ctx.db, input.ruleSetId) : undefined;
  if (!row || !found) throw new DomainError('NOT_FOUND', 'Không tìm thấy bộ quy định.');
  assertReach(ctx, row.provinceId, false);
  return { ...found, provinceId: row.provinceId };
}

/** National defaults are the admin's; a province's rule set is its secretariat's (and the admin's). */
function assertReach(ctx: ServiceContext, provinceId: string | null, write: boolean): void {
  const any = ctx.access.grants.some((g) => g.rule === 'any');
  if (any) return;
  if (provinceId === null ? write : !ctx.access.grants.some((g) => g.provinceId === provinceId)) {
    throw new DomainError('OUT_OF_SCOPE');
  }
}

export async function saveRuleSetFor(
  ctx: ServiceContext,
  input: { ruleSet: RuleSet; expectedVersion: number },
) {
  assertReach(ctx, input.ruleSet.provinceId ?? null, true);
  return ctx.db.transaction(async (tx) => {
    const version = await saveRuleSet(tx, {
      ruleSet: input.ruleSet,
      expectedVersion: input.expectedVersion,
      editedBy: ctx.access.principal.userId,
    });
    await audit(tx, ctx.access.actor, {
      action: 'ruleSet.save',
      entity: 'ruleSet',
      entityId: input.ruleSet.id,
      before: { version: input.expectedVersion },
      after: { version },
    });
    // Saved as written; a denominator that lets a minority of the members decide is flagged.
    const warnings = minorityDecisions(input.ruleSet).map((w) => w.message);
    return { ruleSetId: input.ruleSet.id, version, warnings };
  });
}
