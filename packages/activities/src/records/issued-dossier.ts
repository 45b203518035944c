/**
 * The dossier as it currently stands, checked as a whole (checkLiveDossier): each of its records
 * rebuilt from the facts it is built from, under the number and version it was issued with. For
 * operators and tests; nothing is stored.
 */
import { currentCycleDocuments } from '@thidua/db';
import type { LiveDossier, LiveRecord } from '@thidua/documents';
import { DomainError } from '@thidua/domain';
import type { DocumentFacts } from '../contract';
import type { ResolvedDeps } from '../deps';
import { dossierFacts } from './dossier-check';
import { planIssues } from './issues';
import { loadContext, loadStepFacts, plan } from './plan';

export async function checkIssuedDossier(
  deps: ResolvedDeps,
  input: { cycleId: string; facts: DocumentFacts },
): Promise<LiveDossier> {
  const { cycleId, facts } = input;
  return deps.db.transaction(async (tx) => {
    const current = await currentCycleDocuments(tx, cycleId);
    const proposal = current.find((d) => d.recordType === 'proposal');
    if (!proposal?.issuedAt) {
      throw new DomainError('RECORD_FACT_MISSING', 'Hồ sơ đề nghị khen thưởng của năm chưa được lập.');
    }
    // The dossier's records are issued together, with the current Tờ trình.
    const at = proposal.issuedAt.toISOString();
    const ctx = await loadContext(tx, cycleId, facts, at, 'dossier');
    const step = await loadStepFacts(tx, { cycleId, set: 'dossier', key: 'check', at, facts });
    const planned = plan(ctx, 'dossier', deps.documents, step).map((p) => ({ ...p, final: true }));
    const { steps, cite } = await planIssues(
      tx,
      { cycleId, provinceId: facts.provinceId, issuerCode: ctx.issuerCode },
      planned,
      current,
    );
    const records: LiveRecord[] = [];
    for (const s of steps) {
      if (!s.kept) throw new Error(`"${s.p.title}" is part of the dossier but was never issued`);
      if (s.p.input) records.push(s.p.input(s.issue, cite));
    }
    const dossier = dossierFacts(ctx, step.tallyMinutes, records);
    deps.documents.checkLiveDossier(dossier);
    return dossier;
  });
}
