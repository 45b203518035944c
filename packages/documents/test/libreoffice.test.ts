// Every record type must open in LibreOffice (the secretariat edits in Word or LibreOffice before signing),
// and no rendered page may hold a signature block alone, whatever the length of the text before it.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildProposal, buildTallyMinutes } from '../src/index';
import { demoDossier } from './demo-dossier';
import { type Rendered, renderingTools, renderRecords, signatureOnlyPages } from './pdf-pages';
import { demoDossierInput as demo } from './sample';

const tools = await renderingTools();
if (!tools)
  console.warn('SKIPPED: LibreOffice (soffice) or pdftotext is not installed; the PDF tests did not run.');

/** One line of body text, to move the end of a record down the page a line at a time. */
const FILLER = 'Các đơn vị thành viên đã thực hiện tốt phong trào thi đua trong năm.';
const STEPS = 22;

/** The Tờ trình and a Biên bản kiểm phiếu, each with 0…STEPS-1 extra lines before the signatures. */
async function lengthVariants(): Promise<{ name: string; bytes: Uint8Array }[]> {
  const tally = demo.tallyMinutes[0];
  if (!tally) throw new Error('demo has no vote-count minutes');
  const extra = (n: number) => Array.from({ length: n }, () => FILLER);
  const out = [];
  for (let n = 0; n < STEPS; n++) {
    out.push({
      name: `variant-to-trinh-${n}.docx`,
      bytes: await buildProposal({ ...demo.proposal, summary: [...demo.proposal.summary, ...extra(n)] }),
    });
    out.push({
      name: `variant-kiem-phieu-${n}.docx`,
      bytes: await buildTallyMinutes({ ...tally, conclusion: [...tally.conclusion, ...extra(n)] }),
    });
  }
  return out;
}

it('counts a page of signatures and recipients alone, and not a page with text', () => {
  const signature = new Set([
    'nơi',
    'nhận',
    'như',
    'trên',
    'lưu',
    'vt',
    'tm',
    'khối',
    'trưởng',
    'nông',
    'văn',
    'hải',
  ]);
  const alone = '2\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. KHỐI\nTRƯỞNG KHỐI\nNông Văn Hải\n';
  const withText = `3\nKhối thi đua Nội chính kính trình Chủ tịch Ủy ban nhân dân tỉnh xem xét, quyết định./.\n${alone}`;
  expect(signatureOnlyPages([alone, withText], signature)).toEqual([1]);
});

describe.skipIf(!tools)('LibreOffice headless conversion', () => {
  let dossier: Rendered[] = [];
  let variants: Rendered[] = [];

  // One soffice call for everything: starting LibreOffice is most of the cost.
  beforeAll(async () => {
    const files = (await demoDossier()).files;
    const all = await renderRecords(
      [...files, ...(await lengthVariants())],
      tools ?? { soffice: '', pdftotext: '' },
    );
    dossier = all.slice(0, files.length);
    variants = all.slice(files.length);
  }, 120_000);

  it('converts every record of the dossier to a PDF', () => {
    expect(dossier.length).toBeGreaterThan(10);
    for (const r of dossier) expect(r.pages.length, r.name).toBeGreaterThan(0);
  });

  it('leaves no page of the dossier with only a signature block', () => {
    for (const r of dossier) expect(r.signatureOnly, r.name).toEqual([]);
  });

  it('keeps the signatures with text however long the body runs', () => {
    for (const r of variants) expect(r.signatureOnly, r.name).toEqual([]);
    // The sweep must have crossed a page boundary, or it proved nothing.
    const pageCounts = new Set(
      variants.filter((r) => r.name.includes('to-trinh')).map((r) => r.pages.length),
    );
    expect(pageCounts.size, 'Tờ trình page counts').toBeGreaterThan(1);
  });
});
