// A year in which no unit reaches the threshold: the bloc still reports its vote to the Chairman.
import { schema } from '@thidua/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
// Test-only imports of the record builders' own checks: the docx reader and the rendering check.
import { findAll, openDocx, textOf } from '../../documents/test/ooxml';
import { renderingTools, renderRecords } from '../../documents/test/pdf-pages';
import { CycleDriver, UNITS } from './support/cycle-driver';
import { createHarness, eventually, type Harness } from './support/harness';

let h: Harness;
beforeAll(async () => {
  h = await createHarness('emptyyear');
});
afterAll(async () => {
  await h?.close();
});

/** Each present unit votes for one of three units in turn: 3 votes of 9 each, nobody above 50 %. */
const scattered = (candidates: readonly string[]) =>
  Object.fromEntries(UNITS.map((u, i) => [u, [candidates[i % 3] as string]]));

describe('a year with no proposal', () => {
  test('gets a Tờ trình stating the vote figures and that no unit is proposed', async () => {
    const c = new CycleDriver(h, { year: 2037 });
    await h.withWorker(async () => {
      await c.start();
      await c.toConference();
      await c.attendance();
      for (const kind of ['provincialFlag', 'certificateOfMerit'] as const) {
        const round = await c.open(kind);
        await c.vote(round.roundId, scattered(round.candidateUnitIds));
        expect(await c.close(round.roundId)).toMatchObject({ outcome: 'noProposal', electedIds: [] });
      }
      await c.electLeaders('u-cat', 'u-tand');
      await c.step('confirmResults', 'head', {});
      expect((await c.state()).nominations).toEqual([]);
      await eventually(async () => (await c.state()).dossier.status === 'ready', 30_000);

      const docs = await h.api.db
        .select()
        .from(schema.documents)
        .where(eq(schema.documents.cycleId, (await c.state()).cycleId));
      const records = docs.map((d) => ({
        name: d.fileName,
        recordType: d.recordType,
        bytes: new Uint8Array(d.bytes as Buffer),
      }));
      expect(records.map((r) => r.recordType)).not.toContain('nomineeList');
      const proposal = records.find((r) => r.recordType === 'proposal');
      if (!proposal) throw new Error('no Tờ trình was generated');
      const text = findAll(openDocx(proposal.bytes).xml('word/document.xml'), 'w:p').map(textOf).join('\n');
      expect(text).toContain('Về việc kết quả bình xét, suy tôn thi đua năm 2037');
      expect(text).toMatch(/- .+: 3\/9 phiếu đồng ý \(33,33\u00A0%\)/u);
      expect(text).toContain(
        'Không có đơn vị đạt số phiếu theo quy định để đề nghị tặng Cờ thi đua của UBND tỉnh và Bằng khen của Chủ tịch UBND tỉnh',
      );
      expect(text).not.toContain('kính đề nghị');

      const tools = await renderingTools();
      if (!tools) return;
      for (const r of await renderRecords(records, tools)) expect(r.signatureOnly, r.name).toEqual([]);
    });
  });
});
