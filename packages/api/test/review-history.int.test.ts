/**
 * The review's history on real Temporal and PostgreSQL, each step through the API as the role that
 * takes it: the deputy lowers a score, the head changes it again, the unit answers; every change
 * keeps the value before, the new one, who, when and why, and the Bảng tổng hợp kết quả chấm chéo
 * issued at the lock prints them with the unit's answer.
 */
import { documents } from '@thidua/db/schema';
import { and, eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { CycleDriver, unitName } from '../../workflows/test/support/cycle-driver';
import { BLOC_DEPUTY_2023, BLOC_HEAD_2023, SECRETARIAT, unitHead } from './helpers/demo-users';
import { drivenReads } from './helpers/driven-reads';
import { drivenYearsOfFile } from './helpers/driven-year';
import { waitFor } from './helpers/wait';

const years = drivenYearsOfFile('thidua_api_review_history');
const { as, appointed, phaseProjected, recordText } = drivenReads(years);

describe.sequential('the review of a unit changed twice, then answered', () => {
  const year = 2075;
  const unitId = 'u-snv';
  const deputyReason = 'Chưa có minh chứng về kết quả thẩm định hồ sơ khen thưởng';
  const headReason = 'Bổ sung minh chứng tại Hội nghị giao ban: tính lại nửa điểm';
  const answer = 'Đơn vị đã gửi bổ sung Báo cáo số 45/BC-SNV kèm minh chứng.';
  let cycleId: string;
  /** The unit's own score of the line the review changes. */
  let selfScore: number;

  test('each change keeps the value before, the new one, who, in which role, when and the reason', async () => {
    const c = await new CycleDriver(years.harness, { year }).start();
    cycleId = (await c.state()).cycleId;
    await c.adoptAndSign();
    await c.registerAll();
    await c.submitAll();
    await phaseProjected(cycleId, 'review');
    const head = await appointed(BLOC_HEAD_2023, 'blocHead', year);
    const deputy = await appointed(BLOC_DEPUTY_2023, 'blocDeputy', year);

    const before = await head.review.get({ cycleId, unitId });
    expect(before.history).toEqual({ lines: [], reply: null });
    const changesKept = (n: number) =>
      waitFor(
        async () => (await head.review.get({ cycleId, unitId })).history.lines[0]?.changes.length,
        (kept) => kept === n,
      );
    const [line] = before.sheet.criteria;
    if (!line) throw new Error('the sheet has criteria');
    const { criterionId } = line;
    selfScore = line.selfScore;
    /** A reviewer sets the line's score with the reason; the history then keeps `kept` changes. */
    const scoreAs = async (reviewer: typeof head, score: number, reason: string, kept: number) => {
      await reviewer.review.setScores({
        cycleId,
        unitId,
        criteria: [{ criterionId, reviewedScore: score, reason }],
      });
      await changesKept(kept);
    };
    await scoreAs(deputy, selfScore - 1, deputyReason, 1);
    await scoreAs(head, selfScore - 0.5, headReason, 2);
    await (await as(unitHead(unitId))).review.respond({ cycleId, unitId, body: answer });

    // The unit sees the same history as the head: both changes in order, then its own answer.
    const seen = await waitFor(
      () => as(unitHead(unitId)).then((u) => u.review.get({ cycleId, unitId })),
      (r) => r.history.reply !== null,
    );
    expect(seen.history.lines).toHaveLength(1);
    const changes = seen.history.lines[0]?.changes;
    expect(changes).toEqual([
      expect.objectContaining({
        kind: 'criterion',
        itemId: criterionId,
        self: selfScore,
        before: selfScore,
        after: selfScore - 1,
        reason: deputyReason,
        byRole: 'blocDeputy',
        by: expect.any(String),
      }),
      expect.objectContaining({
        itemId: criterionId,
        before: selfScore - 1,
        after: selfScore - 0.5,
        reason: headReason,
        byRole: 'blocHead',
      }),
    ]);
    const [first, second] = changes ?? [];
    expect(first?.by).not.toBe(second?.by);
    expect(Date.parse(second?.at ?? '')).toBeGreaterThanOrEqual(Date.parse(first?.at ?? ''));
    expect(second?.text).toContain(`Trưởng Khối ${second?.by}`);
    expect(second?.text).toContain(headReason);
    expect(seen.history.reply).toMatchObject({ body: answer, by: expect.any(String) });
    // The sheet keeps only the last value.
    expect(seen.sheet.criteria[0]).toMatchObject({
      reviewedScore: selfScore - 0.5,
      reviewReason: headReason,
    });

    // The cycle's history names the unit and says how many lines changed, no longer bare counts.
    const audit = await head.audit.list({ cycleId, page: { limit: 50, offset: 0 } });
    const reviews = audit.rows.filter((r) => r.action === 'review.scores');
    expect(reviews.map((r) => r.actorRole).sort()).toEqual(['blocDeputy', 'blocHead']);
    expect(reviews[0]?.detail).toBe(`${unitName(unitId)} · 1 dòng điểm thay đổi`);

    // The secretariat reads the table as it stands, before the lock.
    const summary = await (await as(SECRETARIAT)).review.summary({ cycleId });
    const row = summary.units.find((u) => u.unitId === unitId);
    expect(row?.lines).toEqual([
      expect.objectContaining({ itemId: criterionId, self: selfScore, reviewed: selfScore - 0.5 }),
    ]);
    expect(row?.lines[0]?.changes.map((ch) => ch.reason)).toEqual([deputyReason, headReason]);
    expect(row?.reply?.body).toBe(answer);
    expect(row && row.selfTotal - row.reviewedTotal).toBe(0.5);
    expect(summary.units.filter((u) => u.lines.length > 0)).toHaveLength(1);
  }, 180_000);

  test('the lock issues the Bảng tổng hợp kết quả chấm chéo with every change and the answer', async () => {
    const head = await as(BLOC_HEAD_2023);
    await head.review.lock({ cycleId });
    await phaseProjected(cycleId, 'conference');
    const [scoreTable] = await waitFor(
      () =>
        years.database.db
          .select({ number: documents.numberLabel })
          .from(documents)
          .where(and(eq(documents.cycleId, cycleId), eq(documents.fileName, 'bang-tong-hop-diem.docx'))),
      (rows) => rows.length > 0,
    );
    const number = scoreTable?.number;
    expect(number).toMatch(/\/BC-/);
    const text = await recordText(cycleId, 'bang-tong-hop-cham-cheo.docx');
    expect(text).toContain(`Kết quả chấm chéo, thẩm định điểm thi đua năm ${year}`);
    expect(text).toContain(`(Kèm theo Báo cáo số ${number} ngày`);
    expect(text).toContain(unitName(unitId));
    // Each change with the office that made it (the record names officials, not accounts), in order.
    const vi = (n: number) => String(n).replace('.', ',');
    expect(text).toContain(`- ${vi(selfScore)} → ${vi(selfScore - 1)} (Phó Khối, `);
    expect(text).toContain(
      `): ${deputyReason}- ${vi(selfScore - 1)} → ${vi(selfScore - 0.5)} (Trưởng Khối, `,
    );
    expect(text).toContain(`): ${headReason}`);
    expect(text).toContain(`${answer} (ngày `);
    // Units whose scores the review left alone say so.
    expect(text).toContain('Giữ nguyên điểm tự chấm');
  }, 120_000);
});
