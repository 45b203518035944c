import type { RuleSet } from '@thidua/domain';
import { bulkInsert } from '../bulk';
import type { Tx } from '../client';
import { ruleSetRows, type sheetRows } from '../rows';
import * as s from '../schema';

/** Inputs the demo and the synthetic seeds load alike. */

/** Rule sets with their first saved version. */
export async function insertRuleSets(tx: Tx, ruleSets: readonly RuleSet[]): Promise<void> {
  const rows = ruleSets.map((r) => ruleSetRows(r));
  const heads = rows.map((r) => r.ruleSet);
  const versions = rows.map((r) => r.version);
  await bulkInsert(tx, s.ruleSets, heads);
  await bulkInsert(tx, s.ruleSetVersions, versions);
}

/** Score sheets with their criterion scores and adjustments; answers the number of scores. */
export async function insertSheets(tx: Tx, sheets: readonly ReturnType<typeof sheetRows>[]): Promise<number> {
  const assessments = sheets.map((x) => x.assessment);
  const scores = sheets.flatMap((x) => x.scores);
  const adjustments = sheets.flatMap((x) => x.adjustments);
  await bulkInsert(tx, s.selfAssessments, assessments);
  await bulkInsert(tx, s.assessmentScores, scores);
  await bulkInsert(tx, s.assessmentAdjustments, adjustments);
  return scores.length;
}
