/**
 * Generates the cycle's records with @thidua/documents and stores each as a numbered document
 * (SHA-256 and size checked by the database), or as the next version of it. At most once per
 * (cycle, set, key).
 */
import { createHash } from 'node:crypto';
import {
  appendAudit,
  createDocumentVersion,
  currentCycleDocuments,
  type DocumentMeta,
  issueDocument,
  issueNextVersion,
  runOnce,
  type Tx,
  withdrawDocument,
} from '@thidua/db';
import { DocumentDataError, type LiveRecord } from '@thidua/documents';
import { DomainError, type Phase } from '@thidua/domain';
import type { GenerateDocumentsInput, GeneratedDocument } from './contract';
import type { ResolvedDeps } from './deps';
import { withActivityErrors } from './errors';
import { dossierFacts } from './records/dossier-check';
import { planIssues, seriesYear } from './records/issues';
import { DOCX, loadContext, loadStepFacts, type Planned, plan } from './records/plan';

/** The phase whose step produces each set (the registration closes with the pact). */
const phaseOfSet: Record<GenerateDocumentsInput['set'], Phase> = {
  pact: 'registration',
  scores: 'review',
  ballot: 'conference',
  tally: 'conference',
  dossier: 'dossier',
  decision: 'decided',
  revocation: 'decided',
};

/**
 * A record that cannot be built fails its step, named, and is not retried: the same facts would fail
 * again. Nothing is stored in its place.
 */
async function guarded<T>(p: Planned, make: () => Promise<T>): Promise<T> {
  try {
    return await make();
  } catch (error) {
    // A missing fact (a person, a unit's name) keeps its own code and message: they say where to enter it.
    if (error instanceof DomainError && !(error instanceof DocumentDataError)) throw error;
    throw new DomainError(
      'RECORD_BUILD_FAILED',
      `Không lập được văn bản "${p.title}": ${error instanceof Error ? error.message : String(error)}`,
      { recordType: p.recordType, ...(error instanceof DocumentDataError ? { refusal: error.code } : {}) },
    );
  }
}

/** The audit row of a set issued, as the workflow's 'documents.generated' step writes it (same key). */
async function auditGenerated(tx: Tx, input: GenerateDocumentsInput, documents: GeneratedDocument[]) {
  const step = 'documents.generated';
  await appendAudit(tx, {
    actorUserId: null,
    actorRole: null,
    action: 'document.generate',
    entity: 'cycle',
    entityId: input.cycleId,
    after: { set: input.set, documents, cycleId: input.cycleId, step },
    idempotencyKey: `${input.cycleId}:${step}:${input.key}`,
    at: new Date(input.at),
  });
}

/** Issues the records of one set as planIssues decides (records/issues.ts), checked first for a dossier. */
export async function generateDocuments(
  deps: ResolvedDeps,
  input: GenerateDocumentsInput,
): Promise<GeneratedDocument[]> {
  return withActivityErrors(async () => {
    const { result } = await runOnce(
      deps.db,
      { cycleId: input.cycleId, step: `documents:${input.set}`, updateId: input.key },
      async (tx) => {
        const ctx = await loadContext(tx, input.cycleId, input.facts, input.at, input.set);
        const step = await loadStepFacts(tx, input);
        const issuedAt = new Date(input.at);
        const current = await currentCycleDocuments(tx, input.cycleId);
        const out: GeneratedDocument[] = [];
        const report = (row: DocumentMeta, p: Planned) =>
          out.push({
            id: row.id,
            recordType: p.recordType,
            title: row.title,
            fileName: row.fileName,
            sha256: row.sha256,
            sizeBytes: row.sizeBytes,
          });
        const planned = plan(ctx, input.set, deps.documents, step);
        // How each record is issued this time, decided before anything is stored: a failed check
        // below then leaves the set as it was.
        const { steps, cite, remember } = await planIssues(
          tx,
          { cycleId: input.cycleId, provinceId: input.facts.provinceId, issuerCode: ctx.issuerCode },
          planned,
          current,
        );
        // The dossier is checked as a whole (units, votes, quotas, numbers, dates) against the
        // vote-count minutes already issued, before any of its records is stored.
        if (input.set === 'dossier') {
          const records: LiveRecord[] = [];
          for (const s of steps) {
            const { input: inputOf } = s.p;
            if (s.kept || !inputOf) continue;
            const { issue } = s;
            records.push(await guarded(s.p, async () => inputOf(issue, cite)));
          }
          deps.documents.checkLiveDossier(dossierFacts(ctx, step.tallyMinutes, records));
        }
        for (const s of steps) {
          if (s.kept) {
            report(s.kept, s.p);
            continue;
          }
          const { p, prior, same, number, issue } = s;
          const { version } = issue;
          const bytes = Buffer.from(await guarded(p, () => p.build(issue, cite)));
          const row: DocumentMeta = await createDocumentVersion(tx, {
            ...(same ? { documentGroupId: same.documentGroupId } : {}),
            cycleId: input.cycleId,
            provinceId: input.facts.provinceId,
            recordType: p.recordType,
            issuerCode: ctx.issuerCode,
            year: seriesYear(p),
            series: p.series,
            title: p.title,
            fileName: `${p.fileBase}.docx`,
            contentType: DOCX,
            bytes,
            sourceDataHash: createHash('sha256')
              .update(
                JSON.stringify({ set: input.set, facts: input.facts, record: p.recordType, title: p.title }),
              )
              .digest('hex'),
            cyclePhase: phaseOfSet[input.set],
          });
          if (row.version !== version)
            throw new Error(`document version moved: printed ${version}, stored ${row.version}`);
          let issued: DocumentMeta;
          if (same) {
            issued = await issueNextVersion(tx, { draftId: row.id, priorId: same.id, issuedAt });
          } else {
            if (prior) await withdrawDocument(tx, prior.id);
            issued = await issueDocument(tx, row.id, issuedAt);
            if (p.series && issued.number !== number)
              throw new Error(`document number moved: printed ${number}, issued ${issued.number}`);
          }
          remember(issued, p.date);
          report(issued, p);
        }
        // A unit cut from the proposal takes its Báo cáo thành tích out of the dossier with it.
        if (input.set === 'dossier') {
          const files = new Set(planned.map((p) => `${p.fileBase}.docx`));
          for (const d of current) {
            if (d.recordType === 'achievementReport' && !files.has(d.fileName))
              await withdrawDocument(tx, d.id);
          }
        }
        if (input.audited) await auditGenerated(tx, input, out);
        return out;
      },
    );
    return result;
  });
}
