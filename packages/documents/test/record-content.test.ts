// What the records say (decision articles, a Tờ trình with no proposal, the minutes' closing) and how
// signature blocks are held to the text before them.
import { describe, expect, it } from 'vitest';
import { DocumentDataError } from '../src/errors';
import { buildConferenceMinutes, buildDecision, buildProposal, buildTallyMinutes } from '../src/index';
import { demoDossier } from './demo-dossier';
import { checkRecord } from './format-checker';
import { attr, child, findAll, kids, openDocx, pPrOf, tagOf, textOf, type XNode } from './ooxml';
import { demoDossierInput as demo } from './sample';
import { specFor } from './specs';

const bodyOf = (bytes: Uint8Array): XNode[] => {
  const body = findAll(openDocx(bytes).xml('word/document.xml'), 'w:body')[0];
  if (!body) throw new Error('no w:body');
  return kids(body);
};
const paragraphs = (bytes: Uint8Array): string[] => findAll(bodyOf(bytes), 'w:p').map(textOf);
const keepsNext = (p: XNode): boolean => child(pPrOf(p), 'w:keepNext') !== undefined;
const rowsOf = (tbl: XNode): XNode[] => kids(tbl).filter((k) => tagOf(k) === 'w:tr');
const cantSplit = (tr: XNode): boolean => child(child(tr, 'w:trPr'), 'w:cantSplit') !== undefined;
const borderless = (tbl: XNode): boolean =>
  attr(child(child(child(tbl, 'w:tblPr'), 'w:tblBorders'), 'w:top'), 'w:val') === 'none';

describe('the decision', () => {
  it('names the proposer, takes effect on signing and names who carries it out', async () => {
    const decision = demo.decision;
    if (!decision) throw new Error('demo has no decision');
    const text = paragraphs(await buildDecision(decision));
    const article3 = text.findIndex((t) => t.startsWith('Điều 3.'));
    expect(text).toContain(
      'Xét đề nghị của Giám đốc Sở Nội vụ và Tờ trình số 01/TTr-KTĐNC ngày 05/01/2023 của Khối thi đua Nội chính.',
    );
    expect(text[article3]).toBe('Điều 3. Quyết định này có hiệu lực kể từ ngày ký.');
    const awarded = decision.awards.flatMap((a) => a.units.map((u) => u.fullName ?? u.name));
    expect(text[article3 + 1]).toMatch(
      /^Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Giám đốc Sở Tài chính, Thủ trưởng các cơ quan, đơn vị có liên quan và các tập thể có tên tại Điều 1 \(.+\) chịu trách nhiệm thi hành Quyết định này\.\/\.$/,
    );
    for (const name of awarded) expect(text[article3 + 1]).toContain(name);
    expect(text).toContain('- Như Điều 3;');
    expect(text.filter((t) => t.startsWith('- Lưu: VT,'))).toHaveLength(1);
  });

  it('is refused without a proposer or without executors', async () => {
    const decision = demo.decision;
    if (!decision) throw new Error('demo has no decision');
    await expect(buildDecision({ ...decision, proposer: ' ' })).rejects.toBeInstanceOf(DocumentDataError);
    await expect(buildDecision({ ...decision, executors: [] })).rejects.toThrow(/decision\.executors/);
  });
});

describe('the Tờ trình', () => {
  it('reports a vote that elected nobody, and proposes nothing', async () => {
    const results = demo.proposal.vote.results.map((r) => ({
      ...r,
      rows: r.rows.map((row) => ({ ...row, passed: false, resultLabel: 'Không đạt' })),
    }));
    const input = {
      ...demo.proposal,
      subject: 'Về việc kết quả bình xét, suy tôn thi đua năm 2022',
      vote: { ...demo.proposal.vote, results },
      proposals: [],
      attachments: ['Biên bản Hội nghị tổng kết và các Biên bản kiểm phiếu'],
    };
    const bytes = await buildProposal(input);
    expect(checkRecord(bytes, specFor('proposal', ''))).toEqual([]);
    const text = paragraphs(bytes).join('\n');
    expect(text).toContain(
      'Không có đơn vị đạt số phiếu theo quy định để đề nghị tặng Cờ thi đua của UBND tỉnh và Bằng khen của Chủ tịch UBND tỉnh; ' +
        'Hội nghị không suy tôn đơn vị nào và Khối thi đua Nội chính không đề nghị tặng các hình thức này.',
    );
    const first = results[0]?.rows[0];
    expect(text).toContain(`- ${first?.unit.name}: ${first?.votes}/`);
    expect(text).not.toContain('kính đề nghị');
    expect(text).not.toContain('(Có danh sách');
    expect(text).toMatch(/kính trình Chủ tịch Ủy ban nhân dân tỉnh Bắc Kạn xem xét\.\/\.$/m);
  });

  it('says which award had no unit when only some were proposed', async () => {
    const proposals = demo.proposal.proposals.filter((p) => p.award.kind === 'provincialFlag');
    const text = paragraphs(await buildProposal({ ...demo.proposal, proposals })).join('\n');
    expect(text).toContain('1. Tặng Cờ thi đua của UBND tỉnh');
    expect(text).toContain('để đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh; ');
    expect(text).toContain('xem xét, quyết định./.');
  });

  it('is refused without any vote to report', async () => {
    const vote = { ...demo.proposal.vote, results: [] };
    await expect(buildProposal({ ...demo.proposal, vote, proposals: [] })).rejects.toThrow(
      /proposal\.vote\.results/,
    );
  });

  it('is signed for the bloc by name', async () => {
    const text = paragraphs(await buildProposal(demo.proposal));
    expect(text).toContain('TM. KHỐI THI ĐUA NỘI CHÍNH');
  });
});

describe('the minutes', () => {
  it('are read out and approved before the closing time', async () => {
    const conference = paragraphs(await buildConferenceMinutes(demo.conferenceMinutes));
    const approved = conference.indexOf(
      'Biên bản đã được đọc lại cho Hội nghị nghe và được Hội nghị nhất trí thông qua.',
    );
    expect(approved).toBeGreaterThan(0);
    expect(conference[approved + 1]).toMatch(/^Cuộc họp kết thúc vào /);
    const tally = demo.tallyMinutes[0];
    if (!tally) throw new Error('demo has no vote-count minutes');
    const counted = paragraphs(await buildTallyMinutes(tally));
    const read = counted.findIndex((t) => t.startsWith('Biên bản đã được đọc lại cho Hội nghị nghe'));
    expect(read).toBeGreaterThan(0);
    expect(counted[read + 1]).toMatch(/^Việc kiểm phiếu kết thúc vào hồi .+ cùng ngày\.\/\.$/);
  });
});

describe('signature blocks never stand alone', async () => {
  const { files } = await demoDossier();
  for (const file of files) {
    it(`${file.name}: the text before a signature keeps with it; rows never split`, () => {
      const body = bodyOf(file.bytes);
      body.forEach((el, i) => {
        if (tagOf(el) !== 'w:tbl') return;
        // A section's header table (Quốc hiệu) sits at the top of its page anyway.
        if (findAll([el], 'w:p').some((p) => textOf(p) === 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')) return;
        const rows = rowsOf(el);
        expect(rows.every(cantSplit), `${file.name}: table ${i} has a row that may split`).toBe(true);
        if (!borderless(el)) return;
        const before = body[i - 1];
        if (before && tagOf(before) === 'w:p')
          expect(keepsNext(before), `${file.name}: before table ${i}`).toBe(true);
        for (const row of rows.slice(0, -1))
          for (const p of findAll([row], 'w:p'))
            expect(keepsNext(p), `${file.name}: row of table ${i}`).toBe(true);
      });
    });
  }
});
