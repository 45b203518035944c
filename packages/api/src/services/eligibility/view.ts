import { type DbOrTx, getCycleRuleSet } from '@thidua/db';
import { cycles, cycleUnitStatus, eligibilityCases, stepFiles } from '@thidua/db/schema';
import { blockScopeText, DomainError } from '@thidua/domain';
import { asc, eq } from 'drizzle-orm';
import { unitNamesAt, yearEnd } from '../org/names';

/**
 * The year's eligibility cases as the bloc and the secretariat see them: the kinds the year's rules
 * list with what each blocks, the member units, and every case recorded (open or cleared), each with
 * what it blocks in words.
 */
export async function eligibilityView(db: DbOrTx, cycleId: string) {
  const [cycle] = await db.select({ year: cycles.year }).from(cycles).where(eq(cycles.id, cycleId));
  if (!cycle) throw new DomainError('NOT_FOUND', 'Không tìm thấy năm thi đua.');
  const ruleSet = await getCycleRuleSet(db, cycleId);
  const members = await db
    .select({ unitId: cycleUnitStatus.unitId })
    .from(cycleUnitStatus)
    .where(eq(cycleUnitStatus.cycleId, cycleId));
  const rows = await db
    .select({ c: eligibilityCases, fileName: stepFiles.fileName })
    .from(eligibilityCases)
    .leftJoin(stepFiles, eq(stepFiles.id, eligibilityCases.fileId))
    .where(eq(eligibilityCases.cycleId, cycleId))
    .orderBy(asc(eligibilityCases.recordedAt));
  const names = await unitNamesAt(
    db,
    [...members.map((m) => m.unitId), ...rows.map((r) => r.c.unitId)],
    yearEnd(cycle.year),
  );
  // A case's kind comes from the year's rules: a rule set that lost it cannot say what the case is.
  const kindLabel = (code: string) => {
    const kind = ruleSet.eligibilityBlocks.find((b) => b.code === code);
    if (!kind) {
      throw new DomainError(
        'RULESET_INVALID',
        `Bộ quy định năm ${cycle.year} không có loại vụ việc "${code}" đã ghi nhận cho đơn vị: bổ sung loại này vào bộ quy định.`,
      );
    }
    return kind.label;
  };
  return {
    kinds: ruleSet.eligibilityBlocks.map((b) => ({
      code: b.code,
      label: b.label,
      blocks: b.appliesTo,
      blocksText: blockScopeText(b.appliesTo),
      citation: b.source.citation,
    })),
    units: members
      .map((m) => ({ unitId: m.unitId, name: names.get(m.unitId) ?? m.unitId }))
      .sort((a, b) => a.name.localeCompare(b.name, 'vi')),
    cases: rows.map(({ c, fileName }) => ({
      caseId: c.id,
      unitId: c.unitId,
      name: names.get(c.unitId) ?? c.unitId,
      code: c.code,
      kind: kindLabel(c.code),
      reason: c.reason,
      documentRef: c.documentRef,
      blocks: c.blocks,
      blocksText: blockScopeText(c.blocks),
      fileId: c.fileId,
      fileName,
      recordedAt: c.recordedAt,
      clearedOn: c.clearedOn,
      clearedNote: c.clearedNote,
    })),
  };
}
