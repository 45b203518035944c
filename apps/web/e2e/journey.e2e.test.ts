import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, test } from 'vitest';
import { demo } from './journey/demo-cycle';
import {
  acceptProposal,
  adoptPlan,
  advancePhase,
  castBallot,
  closeRound,
  confirmResults,
  downloadProposalText,
  fillSelfAssessment,
  grantExtension,
  lockScores,
  moveSelfAssessmentDeadline,
  openCycle,
  openDossier,
  openRound,
  phaseBadge,
  previewProposal,
  recordAttendance,
  recordDecision,
  recordEligibilityCase,
  reviewSheets,
  signOffAndSubmit,
  signPacts,
  startCycle,
  submitDossier,
  tallyRow,
  typeUnderInvalidScore,
  withdrawByLetter,
} from './journey/steps';
import { Actors } from './support/actors';
import { launchBrowser } from './support/browser';
import { problemsAtEveryWidth } from './support/layout-checks';
import { daysFromNowLabel } from './support/steps';

/**
 * The demo 2023 cycle of Khối thi đua Nội chính from its start to the committee's decision, through
 * the UI alone: every step is a person at their own browser, signed in with their own account.
 */
let browser: Browser;
let actors: Actors;

beforeAll(async () => {
  browser = await launchBrowser();
  actors = new Actors(browser, inject('baseUrl'), demo.password);
});
// A failed step leaves a picture of every open browser, named after the person.
afterEach(async (ctx) => {
  if (ctx.task.result?.state !== 'fail') return;
  const dir = path.join(os.tmpdir(), 'thidua-e2e-failures');
  mkdirSync(dir, { recursive: true });
  for (const [username, page] of actors.pages()) {
    await page.screenshot({ path: path.join(dir, `${username}.png`), fullPage: true }).catch(() => {});
  }
  console.log(`[e2e] screenshots of the failed step: ${dir}`);
});
afterAll(async () => {
  await browser?.close();
});

describe.sequential('năm thi đua 2023, từ khởi động đến quyết định khen thưởng', () => {
  test('the secretariat starts the cycle with its deadlines; the bloc head adopts the plan', async () => {
    await startCycle(actors);
    await adoptPlan(actors);
  });

  test('every unit head signs the pact; the bloc head closes the registration', async () => {
    await signPacts(actors);
    await advancePhase(actors, 'Các đơn vị đã đăng ký tại hội nghị ký kết giao ước.', 'Tự chấm điểm');
  });

  test('an explanation typed under an invalid score is saved as typed and found after a reload', async () => {
    const explanation = 'Đã tổ chức 12 buổi tuyên truyền; số liệu điểm đang rà soát lại.';
    const officer = await typeUnderInvalidScore(actors, 'u-tand', explanation);
    const score = officer.getByLabel(`Điểm tự chấm tiêu chí ${demo.criteria[0]!.code}`);
    expect(await score.getAttribute('aria-invalid')).toBe('true');
    await actors.release('toaan.canbo');
  });

  for (const unit of demo.contenders) {
    test(`${unit.name}: the officer scores every criterion, the head signs off and submits`, async () => {
      const officer = await fillSelfAssessment(actors, unit);
      expect(await officer.getByText('Đã chấm đủ các tiêu chí.').isVisible()).toBe(true);
      expect(await officer.getByText('100,00 / 105,00').isVisible()).toBe(true);
      if (unit.name === demo.lateUnit) {
        await moveSelfAssessmentDeadline(actors, -1, 'Rút ngắn thời hạn theo kế hoạch tổng kết của tỉnh.');
      }
      await signOffAndSubmit(actors, unit);
      await actors.release(`${unit.slug}.thutruong`);
    });
  }

  test('the bloc head extends a unit still working from the tracker; the secretariat is offered only what it may do', async () => {
    const secretariat = await actors.as(demo.secretariat);
    await secretariat.goto('/tracker');
    // The secretariat moves a year's deadlines; a unit's extension is the bloc head's step.
    await secretariat.getByRole('button', { name: /^Dời thời hạn: .* năm 2023$/ }).waitFor();
    // The board also lists the demo's 2022 year (entered from its records, closed): this year's row.
    await secretariat.getByRole('row', { name: /2023.*Sở Nội vụ/ }).waitFor();
    expect(await secretariat.getByRole('button', { name: /^Gia hạn cho / }).count()).toBe(0);
    await actors.release(demo.secretariat);

    const head = await grantExtension(actors, 'Sở Nội vụ', 'Đơn vị đề nghị gia hạn do thay đổi nhân sự.');
    // The bloc head is not offered the secretariat's "move deadline".
    expect(await head.getByRole('button', { name: /^Dời thời hạn: / }).count()).toBe(0);
    await expect
      .poll(() => head.getByRole('row', { name: /2023.*Sở Nội vụ/ }).textContent())
      .toContain(daysFromNowLabel(25));
  });

  test('the bloc head reviews both sheets with reasons, locks the scores and the ranking follows', async () => {
    await advancePhase(actors, 'Các đơn vị còn lại không nộp bản tự chấm đúng hạn.', 'Thẩm định');
    const review = await reviewSheets(actors);
    // The cut criterion's timeline: the unit's score, then the reviewed one with who, when and why.
    await review.getByRole('button', { name: 'Thẩm định: Sở Tư pháp' }).click();
    const timeline = review.getByRole('region', { name: `Lịch sử điểm tiêu chí ${demo.criteria[1]!.code}` });
    await expect.poll(() => timeline.textContent()).toContain('10,00 → 9,50');
    const line = await timeline.textContent();
    expect(line).toContain('Đơn vị tự chấm: 10,00');
    expect(line).toContain('Trưởng khối');
    expect(line).toContain('Một văn bản tham mưu ban hành chậm so với kế hoạch.');
    // The unit handed in late: its breakdown carries the penalty line with the rule.
    await review.getByRole('button', { name: `Thẩm định: ${demo.lateUnit}` }).click();
    const penalty = review.getByRole('alert').filter({ hasText: 'Điểm trừ nộp chậm' });
    await expect.poll(() => penalty.textContent()).toContain('Điểm trừ nộp chậm: −0,50 điểm');
    expect(await penalty.textContent()).toContain('Báo cáo tự chấm điểm');
    await lockScores(actors);
    const page = await actors.as(demo.blocHead);
    await openCycle(page, 'Xếp hạng');
    // Both at 99,50 (a criterion cut; half a point for the late sheet): the tie-breakers rank them.
    const first = page.getByRole('table', { name: 'Bảng xếp hạng' }).getByRole('row').nth(1);
    await expect.poll(() => first.textContent()).toContain('Sở Tư pháp');
    const late = page
      .getByRole('table', { name: 'Bảng xếp hạng' })
      .getByRole('row', { name: /Thanh tra tỉnh/ });
    expect(await late.textContent()).toContain('99,50');
  });

  test('the conference: attendance, one secret ballot per unit and round, the tally and its outcome', async () => {
    await recordAttendance(actors);
    // Before the votes open, a unit head is offered the withdrawal of its unit (allowedActions lists
    // the step); the chair is not.
    const unitHeadPage = await actors.as('congan.thutruong');
    await openCycle(unitHeadPage, 'Hội nghị');
    await unitHeadPage
      .getByRole('region', { name: 'Đơn vị xin rút khỏi danh sách bình xét' })
      .getByRole('button', { name: 'Rút khỏi danh sách bình xét' })
      .waitFor();
    const chairPage = await actors.as(demo.blocHead);
    await openCycle(chairPage, 'Hội nghị');
    await chairPage
      .getByRole('button', { name: /^Mở vòng bỏ phiếu/ })
      .first()
      .waitFor();
    expect(await chairPage.getByRole('button', { name: 'Rút khỏi danh sách bình xét' }).count()).toBe(0);

    // The secretariat records a case against Thanh tra tỉnh that this year's rules let block only the
    // flag; Sở Tư pháp gives way for the certificates by its head's letter, with the letter's scan.
    await recordEligibilityCase(actors, demo.eligibilityCase);
    const withdrawn = await withdrawByLetter(actors, 'tuphap.thutruong', demo.withdrawal);
    await withdrawn
      .getByRole('region', { name: 'Đơn vị xin rút khỏi danh sách bình xét' })
      .getByRole('link', { name: `Công văn: ${demo.withdrawal.scan.name}` })
      .waitFor();
    await chairPage
      .getByRole('region', { name: 'Vụ việc ảnh hưởng điều kiện khen thưởng' })
      .getByText(demo.eligibilityCase.reason)
      .waitFor();

    // The ballot screen names the units left off, with why.
    const leftOff = (kind: string, unit: string, why: string) => async (page: Page) => {
      const line = page.getByRole('region', { name: 'Không ghi tên trên phiếu' }).getByText(`${unit}: `);
      await expect.poll(() => line.textContent()).toContain(why);
      expect(await page.getByRole('checkbox', { name: `Chọn ${unit}` }).count(), kind).toBe(0);
    };
    // An open ballot, with its candidates and its confirmation, fits a phone, a tablet and a desktop.
    const fits = async (page: Page) => {
      expect(await problemsAtEveryWidth(page, 'ballot confirmation')).toEqual([]);
    };
    const ballotChecks: Record<string, (page: Page) => Promise<void>> = {
      'Cờ thi đua của UBND tỉnh': async (page) => {
        await leftOff('flag', 'Thanh tra tỉnh', demo.eligibilityCase.reason)(page);
        await fits(page);
      },
      'Bằng khen của Chủ tịch UBND tỉnh': leftOff('certificate', 'Sở Tư pháp', demo.withdrawal.letterNumber),
    };
    for (const { award, winner } of demo.rounds) {
      await openRound(actors, award);
      const [first, ...others] = demo.voters;
      if (first) await castBallot(actors, first, award, winner, ballotChecks[award]);
      for (const voter of others) await castBallot(actors, voter, award, winner);
      const chair = await closeRound(actors, award, demo.voters.length);
      const row = tallyRow(chair, award, winner);
      await expect.poll(() => row.textContent()).toMatch(/5.*55,56 %/);
    }
    await confirmResults(actors, demo.rotationReason);
  });

  const downloadZip = async (page: Page) => {
    const zip = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tải toàn bộ hồ sơ (.zip)' }).click();
    return zip;
  };

  test('the bloc head checks the generated dossier (preview, .zip) and sends it to the province', async () => {
    const page = await openDossier(actors);
    // Records issued at their own steps stand with the dossier's: the pact (registration closed by the
    // bloc head), the score table, each round's ballot and vote-count minutes.
    for (const record of [
      'Giao ước thi đua năm 2023',
      'Bảng tổng hợp điểm thi đua năm 2023',
      'Biên bản kiểm phiếu Trưởng Khối vòng 1',
      'Tờ trình đề nghị khen thưởng năm 2023',
    ]) {
      await page.getByRole('cell', { name: record }).waitFor();
    }
    expect((await downloadZip(page)).suggestedFilename()).toBe('ho-so-khoi-thi-dua-noi-chinh-2023.zip');
    await previewProposal(page);
    await page.getByRole('dialog').getByRole('button', { name: 'Đóng' }).click();
    await submitDossier(actors);
  });

  test('the committee accepts the proposal and records the decision', async () => {
    await acceptProposal(actors);
    const page = await recordDecision(actors);
    await phaseBadge(page, 'Đã có quyết định').waitFor();
  });

  test('the Tờ trình downloaded from the dossier proposes the units the conference elected', async () => {
    const text = await downloadProposalText(actors);
    expect(text).toContain('TỜ TRÌNH');
    expect(text).toMatch(/Số: \d+\/TTr-/);
    expect(text).toContain('Kính gửi');
    expect(text).toMatch(/Cờ thi đua[^\n]*\n?[\s\S]*Sở Tư pháp/);
    expect(text).toContain('Thanh tra tỉnh');
    expect(text).toContain('Bằng khen');
  });
});
