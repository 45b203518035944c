/**
 * What the dossier's reports print beyond the cycle's context: each unit's registration and
 * submission, its explanations and reviewed scores, the nominated units' heads, names over time and
 * the awards the province decided for them in earlier years.
 */
import { loadOfficials, loadProvinceNameAt, loadScoreSheets, schema, type Tx } from '@thidua/db';
import type { AwardKind, Official, ScoreSheet, ScoringTemplate } from '@thidua/domain';
import { and, eq, inArray, isNotNull, isNull, lt, ne, or } from 'drizzle-orm';
import type { GenerateDocumentsInput } from '../contract';

interface Submission {
  unitId: string;
  submitted: boolean;
  late: boolean;
  /** Points the workflow deducted for lateness. */
  latePenalty: number;
}

export interface PastAward {
  awardKind: AwardKind;
  /** The cycle's year the award was for; the decision's own year when the award does not name it. */
  year: number;
  number: string;
  decisionDate: string;
  /** The province's name on the decision's date. */
  provinceName: string;
}

export interface ReportFacts {
  template: ScoringTemplate;
  sheets: ScoreSheet[];
  targets: Map<string, string[]>;
  submissions: Submission[];
  unitHeads: Official[];
  names: Map<string, { name: string; validFrom: string; validTo?: string }[]>;
  pastAwards: Map<string, PastAward[]>;
}

export async function loadReportFacts(tx: Tx, input: GenerateDocumentsInput): Promise<ReportFacts> {
  const { cycleId, facts } = input;
  const nominated = [...new Set(facts.nominations.map((n) => n.unitId))];
  const [template] = await tx
    .select({ body: schema.scoringTemplates.body })
    .from(schema.scoringTemplates)
    .where(eq(schema.scoringTemplates.cycleId, cycleId));
  if (!template) throw new Error(`cycle ${cycleId} has no scoring template`);
  const registrations = await tx
    .select({ unitId: schema.registrations.unitId, targets: schema.registrations.targets })
    .from(schema.registrations)
    .where(and(eq(schema.registrations.cycleId, cycleId), isNotNull(schema.registrations.submittedAt)));
  const sheets = await tx
    .select({
      unitId: schema.selfAssessments.unitId,
      submittedAt: schema.selfAssessments.submittedAt,
      late: schema.selfAssessments.late,
    })
    .from(schema.selfAssessments)
    .where(eq(schema.selfAssessments.cycleId, cycleId));
  const statuses = await tx
    .select({ unitId: schema.cycleUnitStatus.unitId, latePenalty: schema.cycleUnitStatus.latePenalty })
    .from(schema.cycleUnitStatus)
    .where(eq(schema.cycleUnitStatus.cycleId, cycleId));
  const submissions = facts.units.map((u): Submission => {
    const sheet = sheets.find((x) => x.unitId === u.id);
    return {
      unitId: u.id,
      submitted: sheet?.submittedAt != null,
      late: sheet?.late ?? false,
      latePenalty: statuses.find((x) => x.unitId === u.id)?.latePenalty ?? 0,
    };
  });
  const nameRows =
    nominated.length > 0
      ? await tx.select().from(schema.unitNames).where(inArray(schema.unitNames.unitId, nominated))
      : [];
  const names = new Map(
    nominated.map((id) => [
      id,
      nameRows
        .filter((r) => r.unitId === id)
        .map((r) => ({
          name: r.name,
          validFrom: r.validFrom,
          ...(r.validTo !== null ? { validTo: r.validTo } : {}),
        })),
    ]),
  );
  return {
    template: template.body,
    sheets: await loadScoreSheets(tx, cycleId),
    targets: new Map(
      registrations.map((r) => [
        r.unitId,
        r.targets.map((t) => (t.value ? `${t.title}: ${t.value}` : t.title)),
      ]),
    ),
    submissions,
    unitHeads: nominated.length > 0 ? await loadOfficials(tx, { unitIds: nominated }, ['unitHead']) : [],
    names,
    pastAwards: await loadPastAwards(tx, input, nominated),
  };
}

/** Decisions recorded before this cycle's own: this year's proposal is not yet an award. */
async function loadPastAwards(
  tx: Tx,
  input: GenerateDocumentsInput,
  unitIds: string[],
): Promise<Map<string, PastAward[]>> {
  const out = new Map<string, PastAward[]>(unitIds.map((id) => [id, []]));
  if (unitIds.length === 0) return out;
  const [dossier] = await tx
    .select({ id: schema.dossiers.id })
    .from(schema.dossiers)
    .where(eq(schema.dossiers.cycleId, input.cycleId));
  const rows = await tx
    .select()
    .from(schema.decisions)
    .where(
      and(
        lt(schema.decisions.year, input.facts.year + 1),
        dossier
          ? or(isNull(schema.decisions.dossierId), ne(schema.decisions.dossierId, dossier.id))
          : undefined,
      ),
    );
  const cycleIds = [...new Set(rows.flatMap((d) => d.awards.flatMap((a) => (a.cycleId ? [a.cycleId] : []))))];
  const cycleYears = new Map(
    cycleIds.length > 0
      ? (
          await tx
            .select({ id: schema.cycles.id, year: schema.cycles.year })
            .from(schema.cycles)
            .where(inArray(schema.cycles.id, cycleIds))
        ).map((c) => [c.id, c.year])
      : [],
  );
  // The issuer's name on each decision's date (a province that merged since prints its successor).
  const provinceNames = new Map<string, string>();
  for (const d of rows) {
    const key = `${d.provinceId}@${d.decisionDate}`;
    if (!provinceNames.has(key))
      provinceNames.set(key, await loadProvinceNameAt(tx, d.provinceId, d.decisionDate));
  }
  for (const d of rows.sort((a, b) => a.decisionDate.localeCompare(b.decisionDate))) {
    for (const a of d.awards) {
      if (a.cycleId === input.cycleId) continue;
      out.get(a.unitId)?.push({
        awardKind: a.awardKind,
        year: (a.cycleId ? cycleYears.get(a.cycleId) : undefined) ?? d.year,
        number: d.number,
        decisionDate: d.decisionDate,
        provinceName: provinceNames.get(`${d.provinceId}@${d.decisionDate}`) as string,
      });
    }
  }
  return out;
}
