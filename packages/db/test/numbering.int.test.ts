import type {} from '@thidua/vitest-setup/context';
import { and, eq, isNotNull } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import {
  allocateDocumentNumber,
  cancelDocument,
  createDocumentVersion,
  issueDocument,
  peekDocumentNumber,
} from '../src';
import * as s from '../src/schema';
import { createTestDatabase, type TestDatabase } from '../src/testing';
import { insertMiniCycle } from './fixtures';

let t: TestDatabase;
let mini: Awaited<ReturnType<typeof insertMiniCycle>>;

beforeAll(async () => {
  t = await createTestDatabase(inject('databaseAdminUrl'), { max: 24 });
  mini = await insertMiniCycle(t.db);
});
afterAll(() => t?.drop());

class Rollback extends Error {}

const draft = (year: number, series: 'TTr' | 'BB' | 'BC') => ({
  cycleId: mini.cycleId,
  provinceId: mini.provinceId,
  recordType: 'proposal' as const,
  issuerCode: 'KTĐNC',
  year,
  series,
  title: 'Tờ trình đề nghị khen thưởng',
  fileName: 'to-trinh.docx',
  contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  bytes: Buffer.from(`${series}-${Math.random()}`),
  sourceDataHash: 'a'.repeat(64),
});

async function committedNumbers(year: number, series: string): Promise<number[]> {
  const rows = await t.db
    .select({ n: s.documents.number })
    .from(s.documents)
    .where(and(eq(s.documents.year, year), eq(s.documents.series, series), isNotNull(s.documents.number)));
  return rows.map((r) => r.n as number).sort((a, b) => a - b);
}

describe('document numbering', () => {
  test('committed numbers are unique and gap-free per series under concurrent allocation with rollbacks', async () => {
    let year = 2030;
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            series: fc.constantFrom('TTr' as const, 'BB' as const, 'BC' as const),
            rollback: fc.boolean(),
            delayMs: fc.integer({ min: 0, max: 5 }),
          }),
          { minLength: 1, maxLength: 20 },
        ),
        async (plan) => {
          year += 1; // a fresh year = fresh series for every run
          const results = await Promise.allSettled(
            plan.map((step) =>
              t.db.transaction(async (tx) => {
                const doc = await createDocumentVersion(tx, draft(year, step.series));
                const issued = await issueDocument(tx, doc.id);
                await new Promise((r) => setTimeout(r, step.delayMs));
                // Deliberately AFTER allocation: the rollback releases the number to the next caller.
                if (step.rollback) throw new Rollback();
                return issued.number;
              }),
            ),
          );
          expect(results.every((r) => r.status === 'fulfilled' || r.reason instanceof Rollback)).toBe(true);
          for (const series of ['TTr', 'BB', 'BC'] as const) {
            const committed = plan.filter((p) => p.series === series && !p.rollback).length;
            const numbers = await committedNumbers(year, series);
            expect(numbers).toEqual(Array.from({ length: committed }, (_, i) => i + 1));
          }
        },
      ),
      { numRuns: 15 },
    );
  });

  test("a peeked number holds against a concurrent issuer, also for the series' first number", async () => {
    const series = { provinceId: mini.provinceId, issuerCode: 'KTĐNC', year: 2089, series: 'BB' as const };
    let releasePeeker!: () => void;
    const peekerHolds = new Promise<void>((resolve) => {
      releasePeeker = resolve;
    });
    let peeked!: () => void;
    const hasPeeked = new Promise<void>((resolve) => {
      peeked = resolve;
    });
    const peeker = t.db.transaction(async (tx) => {
      const printed = await peekDocumentNumber(tx, series);
      peeked();
      await peekerHolds; // the record is being built: the other issuer must wait, not take this number
      return { printed, issued: await allocateDocumentNumber(tx, series) };
    });
    await hasPeeked;
    const other = t.db.transaction((tx) => allocateDocumentNumber(tx, series));
    await new Promise((r) => setTimeout(r, 200));
    releasePeeker();
    const [mine, theirs] = await Promise.all([peeker, other]);
    expect(mine).toEqual({ printed: 1, issued: 1 });
    expect(theirs).toBe(2);
  });

  test('a cancelled document keeps its number; the next one is new', async () => {
    const year = 2090;
    const first = await t.db.transaction(async (tx) =>
      issueDocument(tx, (await createDocumentVersion(tx, draft(year, 'TTr'))).id),
    );
    expect(first.number).toBe(1);
    expect(first.numberLabel).toBe('01/TTr-KTĐNC');
    const cancelled = await t.db.transaction((tx) => cancelDocument(tx, first.id, 'Sai sót nội dung'));
    expect(cancelled).toMatchObject({ status: 'cancelled', number: 1 });
    const second = await t.db.transaction(async (tx) =>
      issueDocument(tx, (await createDocumentVersion(tx, draft(year, 'TTr'))).id),
    );
    expect(second.number).toBe(2);
  });

  test('series are independent per issuer and year; an unknown type code is refused', async () => {
    const n = (issuerCode: string, year: number) =>
      t.db.transaction((tx) =>
        allocateDocumentNumber(tx, { provinceId: mini.provinceId, issuerCode, year, series: 'BB' }),
      );
    expect([
      await n('KTĐA', 2091),
      await n('KTĐA', 2091),
      await n('KTĐB', 2091),
      await n('KTĐA', 2092),
    ]).toEqual([1, 2, 1, 1]);
    await expect(
      t.db.transaction((tx) =>
        allocateDocumentNumber(tx, {
          provinceId: mini.provinceId,
          issuerCode: 'X',
          year: 2091,
          series: 'XX' as 'BB',
        }),
      ),
    ).rejects.toMatchObject({ code: 'INVALID_DOCUMENT_NUMBER' });
  });
});
