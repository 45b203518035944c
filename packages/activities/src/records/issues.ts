/**
 * How each record of a set is issued this time, decided before anything is stored: kept as issued
 * (the record of an event that happened), the next version of the same document under its number,
 * or a new document with the next number of its series. A series runs per issuer and year, the year
 * of the date the record carries (minutes of a meeting held on 31/12 take that year's number even
 * when they are issued on 02/01). Citations resolve to the current version of the cited record and
 * print the date it carries.
 */
import { type DocumentMeta, nominationCutSince, peekDocumentNumber, type Tx } from '@thidua/db';
import { formatDocumentNumber, vietnamDate } from '@thidua/domain';
import type { Citation, Issue, Planned } from './context';

type IssueStep =
  | { p: Planned; kept: DocumentMeta; issue: Issue }
  | {
      p: Planned;
      kept?: undefined;
      prior: DocumentMeta | undefined;
      /** The document this issue is the next version of. */
      same: DocumentMeta | undefined;
      number: number | null;
      issue: Issue;
    };

export interface IssuePlan {
  steps: IssueStep[];
  cite: (fileBase: string) => Citation;
  /** Makes a record issued now citable. */
  remember: (row: DocumentMeta, date: string) => void;
}

/** The year of a record's number series: the year of the date it carries. */
export const seriesYear = (p: Pick<Planned, 'date'>): number => Number(p.date.slice(0, 4));

const fileBaseOf = (fileName: string) => fileName.replace(/\.docx$/, '');

/**
 * Regenerating a set (after a return) keeps one document per record: a record of what happened stays
 * as issued; a record with the same subject becomes its next version under the same number; a
 * Tờ trình whose nominations were cut since it was issued is withdrawn and replaced by a new document
 * with a new number.
 */
export async function planIssues(
  tx: Tx,
  where: { cycleId: string; provinceId: string; issuerCode: string },
  planned: readonly Planned[],
  current: readonly DocumentMeta[],
): Promise<IssuePlan> {
  const citations = new Map<string, Citation>();
  const remember = (row: DocumentMeta, date: string) => {
    if (row.numberLabel) citations.set(fileBaseOf(row.fileName), { number: row.numberLabel, date });
  };
  // Records outside this set are cited as they stand: issued on the date they carry.
  for (const row of current) if (row.issuedAt) remember(row, vietnamDate(row.issuedAt.toISOString()));
  const nextNumber = new Map<string, number>();
  const steps: IssueStep[] = [];
  for (const p of planned) {
    const prior = current.find((d) => d.recordType === p.recordType && d.fileName === `${p.fileBase}.docx`);
    if (prior && p.final) {
      remember(prior, p.date);
      steps.push({ p, kept: prior, issue: { number: prior.numberLabel, version: prior.version } });
      continue;
    }
    const replaced =
      prior !== undefined &&
      p.proposes === true &&
      prior.issuedAt !== null &&
      (await nominationCutSince(tx, where.cycleId, prior.issuedAt));
    const same = prior !== undefined && !replaced ? prior : undefined;
    let number: number | null = null;
    if (p.series && !same) {
      // Two records of one series and year in a set take consecutive numbers.
      const key = `${p.series}:${seriesYear(p)}`;
      number =
        nextNumber.get(key) ??
        (await peekDocumentNumber(tx, { ...where, year: seriesYear(p), series: p.series }));
      nextNumber.set(key, number + 1);
    }
    const label = same
      ? same.numberLabel
      : number && p.series
        ? formatDocumentNumber({ number, typeCode: p.series, issuerCode: where.issuerCode })
        : null;
    if (label) citations.set(p.fileBase, { number: label, date: p.date });
    steps.push({ p, prior, same, number, issue: { number: label, version: same ? same.version + 1 : 1 } });
  }
  const cite = (fileBase: string): Citation => {
    const found = citations.get(fileBase);
    if (!found) throw new Error(`cited record ${fileBase} has no issued version`);
    return found;
  };
  return { steps, cite, remember };
}
