import { type DocumentTypeCode, DomainError, isDocumentTypeCode, nfc } from '@thidua/domain';
import { sql } from 'drizzle-orm';
import type { Tx } from './client';
import { matching } from './conditions';
import { documentCounters } from './schema';

export interface NumberSeries {
  /** Issuer codes are unique within a province only ('KTĐNC' exists in many provinces). */
  provinceId: string;
  issuerCode: string;
  year: number;
  series: DocumentTypeCode;
}

/** The counter row's key of a series, normalised as stored. */
const counterKey = (series: NumberSeries) => ({
  provinceId: series.provinceId,
  issuerCode: nfc(series.issuerCode.trim()),
  year: series.year,
  series: nfc(series.series),
});

/**
 * Holds the series for the rest of the caller's transaction, also before its counter row exists: two
 * transactions issuing a series' first number would otherwise both read "no row" and one of them print
 * a number the other then takes.
 */
async function lockSeries(tx: Tx, key: ReturnType<typeof counterKey>): Promise<void> {
  const name = [key.provinceId, key.issuerCode, key.year, key.series].join('|');
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${name}, 0))`);
}

/**
 * The next number of a yearly series (ND 30: numbers run per issuer and year, from 01).
 *
 * Must run in the caller's transaction that also inserts the numbered document. The UPSERT takes
 * the counter row's lock until that transaction ends, so concurrent issuers queue on the series:
 * a commit makes the number final (kept even if the document is later cancelled); a rollback
 * releases it and the next transaction gets the same number. Committed numbers are therefore
 * unique and gap-free per series. Under REPEATABLE READ or SERIALIZABLE a concurrent caller gets
 * a serialization failure (40001) and must retry.
 */
export async function allocateDocumentNumber(tx: Tx, series: NumberSeries): Promise<number> {
  if (!isDocumentTypeCode(series.series)) {
    throw new DomainError(
      'INVALID_DOCUMENT_NUMBER',
      `Ký hiệu loại văn bản không hợp lệ: "${series.series}".`,
    );
  }
  const key = counterKey(series);
  await lockSeries(tx, key);
  const rows = await tx
    .insert(documentCounters)
    .values({ ...key, lastNumber: 1 })
    .onConflictDoUpdate({
      target: [
        documentCounters.provinceId,
        documentCounters.issuerCode,
        documentCounters.year,
        documentCounters.series,
      ],
      set: { lastNumber: sql`${documentCounters.lastNumber} + 1` },
    })
    .returning({ number: documentCounters.lastNumber });
  const number = rows[0]?.number;
  if (number === undefined) throw new Error('document counter upsert returned no row');
  return number;
}

/**
 * The number the next allocateDocumentNumber of the series will give, without taking it. Locks the
 * series for the rest of the caller's transaction, so the number holds until that transaction
 * allocates it.
 */
export async function peekDocumentNumber(tx: Tx, series: NumberSeries): Promise<number> {
  const key = counterKey(series);
  await lockSeries(tx, key);
  const [row] = await tx
    .select({ last: documentCounters.lastNumber })
    .from(documentCounters)
    .where(matching(documentCounters, key))
    .for('update');
  return (row?.last ?? 0) + 1;
}
