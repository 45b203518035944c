/**
 * Generates the cycle's records with @thidua/documents and stores each as a numbered document
 * (SHA-256 and size checked by the database). At most once per (cycle, set, key).
 */
import { createHash } from 'node:crypto';
import { ApplicationFailure } from '@temporalio/common';
import { createDocumentVersion, type DocumentRow, issueDocument, runOnce, schema, type Tx } from '@thidua/db';
import { type CyclePhase, type DocumentTypeCode, DomainError, formatDocumentNumber } from '@thidua/domain';
import { and, eq } from 'drizzle-orm';
import type { GenerateDocumentsInput, GeneratedDocument } from './contract';
import type { ResolvedDeps } from './deps';
import { withActivityErrors } from './errors';
import { DOCX, loadContext, loadStepFacts, type Planned, plan } from './records/plan';

/** The phase whose step produces each set (the registration closes with the pact). */
const phaseOfSet: Record<GenerateDocumentsInput['set'], CyclePhase> = {
  pact: 'registration',
  scores: 'review',
  ballot: 'conference',
  tally: 'conference',
  dossier: 'dossier',
  decision: 'provincialReview',
};

/** The number the next issue of a series will get (this transaction holds the counter's lock). */
async function peekNumber(
  tx: Tx,
  provinceId: string,
  issuerCode: string,
  year: number,
  series: DocumentTypeCode,
): Promise<number> {
  const [row] = await tx
    .select({ last: schema.documentCounters.lastNumber })
    .from(schema.documentCounters)
    .where(
      and(
        eq(schema.documentCounters.provinceId, provinceId),
        eq(schema.documentCounters.issuerCode, issuerCode),
        eq(schema.documentCounters.year, year),
        eq(schema.documentCounters.series, series),
      ),
    )
    .for('update');
  return (row?.last ?? 0) + 1;
}

/**
 * A record that cannot be built fails its step, named, and is not retried: the same facts would fail
 * again. Nothing is stored in its place.
 */
async function buildRecord(p: Planned, number: string | null): Promise<Uint8Array> {
  try {
    return await p.build(number);
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw ApplicationFailure.create({
      type: 'RECORD_BUILD_FAILED',
      message: `Không lập được văn bản "${p.title}": ${error instanceof Error ? error.message : String(error)}`,
      nonRetryable: true,
      details: [{ recordType: p.recordType }],
    });
  }
}

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
        const year = Number(ctx.date.slice(0, 4));
        const out: GeneratedDocument[] = [];
        for (const p of plan(ctx, input.set, deps.documents, step)) {
          const number = p.series
            ? await peekNumber(tx, input.facts.provinceId, ctx.issuerCode, year, p.series)
            : null;
          const label =
            number && p.series
              ? formatDocumentNumber({ number, typeCode: p.series, issuerCode: ctx.issuerCode })
              : null;
          const bytes = Buffer.from(await buildRecord(p, label));
          const row: DocumentRow = await createDocumentVersion(tx, {
            cycleId: input.cycleId,
            provinceId: input.facts.provinceId,
            recordType: p.recordType,
            issuerCode: ctx.issuerCode,
            year,
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
          const issued = p.series ? await issueDocument(tx, row.id, new Date(input.at)) : row;
          if (p.series && issued.number !== number)
            throw new Error(`document number moved: printed ${number}, issued ${issued.number}`);
          out.push({
            id: row.id,
            recordType: p.recordType,
            title: p.title,
            fileName: row.fileName,
            sha256: row.sha256,
            sizeBytes: row.sizeBytes,
          });
        }
        return out;
      },
    );
    return result;
  });
}
