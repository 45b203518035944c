/**
 * The cases a real bloc meets, on real Temporal and PostgreSQL, each step taken through the API by the
 * role that takes it in real life (the rest of the year driven as in the workflow tests):
 *  - a unit hands its self-assessment in late: the penalty line (rule, days late, points) reaches the
 *    bloc head, the unit and the secretariat;
 *  - a unit never hands one in: it is not ranked, the score table and the conference minutes say
 *    "không nộp báo cáo", and it is no candidate unless the year's rules let it stand;
 *  - a vote opened with more seats than the year's quota is refused with the quota;
 *  - a round closed while present units have not voted needs the chair to name them; the vote-count
 *    minutes state the ballots not returned and the conclusion follows the figures;
 *  - a unit head withdraws the unit from an award before its vote: off the ballot, in the history,
 *    the vote-count minutes and the conference minutes.
 */
import { cycles, cycleUnitStatus } from '@thidua/db/schema';
import { demoRuleSet, type RuleSet, vietnamDate } from '@thidua/domain';
import { and, eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { CycleDriver, calendarFromNow, UNITS, unitName } from '../../workflows/test/support/cycle-driver';
import { saveHistory } from '../../workflows/test/support/histories';
import { type Caller, callerAs } from './helpers/callers';
import { BLOC_HEAD_2023, SECRETARIAT, unitHead, unitOfficer } from './helpers/demo-users';
import { appointToBloc, currentRecordText, drivenYearsOfFile } from './helpers/driven-year';
import { refused } from './helpers/errors';
import { waitFor } from './helpers/wait';

const years = drivenYearsOfFile('thidua_api_cases');

const as = (username: string) => callerAs(years.services, username);

/** This year's bloc head, as the administration appoints one for each year. */
const blocHeadOf = (year: number): Promise<Caller> => appointToBloc(years, BLOC_HEAD_2023, 'blocHead', year);

/** Waits until the workflow has projected the year's phase (the API reads the projections). */
const phaseProjected = (cycleId: string, phase: string) =>
  waitFor(
    async () => (await years.database.db.select().from(cycles).where(eq(cycles.id, cycleId)))[0]?.phase,
    (p) => p === phase,
  );

const recordText = (cycleId: string, fileName: string) => currentRecordText(years, cycleId, fileName);

describe('a unit that hands its self-assessment in late', () => {
  test('the review shows the penalty line to the bloc head, the unit and the secretariat', async () => {
    const year = 2071;
    const late = 'u-vksnd';
    const c = await new CycleDriver(years.harness, {
      year,
      calendar: calendarFromNow({ selfAssessment: 25_000 }),
    }).start();
    const cycleId = (await c.state()).cycleId;
    await c.adoptAndSign();
    await c.registerAll();
    await c.submitAll(UNITS.filter((u) => u !== late));
    const due = Date.parse(c.input.calendar.selfAssessment);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - Date.now()) + 500));
    expect(await c.submit(late)).toMatchObject({ late: true, lateReports: 1 });
    await phaseProjected(cycleId, 'review');
    await waitFor(
      async () =>
        (
          await years.database.db
            .select({ steps: cycleUnitStatus.steps })
            .from(cycleUnitStatus)
            .where(and(eq(cycleUnitStatus.cycleId, cycleId), eq(cycleUnitStatus.unitId, late)))
        )[0]?.steps.selfAssessment?.lateHandIn,
      (handIn) => handIn !== undefined,
    );

    const head = await blocHeadOf(year);
    const seen = [];
    for (const caller of [head, await as(unitHead(late)), await as(SECRETARIAT)]) {
      const review = await caller.review.get({ cycleId, unitId: late });
      expect(review.latePenalty).toMatchObject({
        points: 0.5,
        pointsPerReport: 0.5,
        rule: { text: 'Mỗi báo cáo gửi chậm so với thời hạn bị trừ 0,5 điểm.' },
        reports: [
          {
            report: 'selfAssessment',
            label: 'Báo cáo tự chấm điểm',
            due: new Date(due).toISOString(),
            daysLate: 1,
          },
        ],
      });
      expect(review.reviewedTotal.latePenalty).toBe(0.5);
      expect(review.selfTotal.latePenalty).toBe(0.5);
      seen.push(review.reviewedTotal.total);
    }
    expect(new Set(seen).size).toBe(1);
    // The same total on the bloc's review board; an on-time unit has no penalty line.
    const board = await head.review.list({ cycleId });
    expect(board.find((r) => r.unitId === late)).toMatchObject({ late: true, reviewedTotal: seen[0] });
    expect((await head.review.get({ cycleId, unitId: 'u-snv' })).latePenalty).toBeNull();
    // The unit's own sheet shows the deduction too.
    const own = await (await as(unitHead(late))).selfAssessment.get({ cycleId, unitId: late });
    expect(own.selfTotal.latePenalty).toBe(0.5);
  }, 180_000);
});

describe.sequential('a year with a unit that never reports, a withdrawal, quotas and missing voters', () => {
  const year = 2072;
  const silent = 'u-qltt';
  const withdrawing = 'u-stp';
  const letterDate = vietnamDate(Date.now());
  const base = demoRuleSet(year);
  // This year's quota allows two certificates while the vote rule still names three seats.
  const ruleSet: RuleSet = {
    ...base,
    quotas: {
      ...base.quotas,
      certificateOfMerit: {
        maxCount: 2,
        source: {
          text: 'Mỗi Khối đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh cho không quá 02 đơn vị.',
          citation: base.quotas.certificateOfMerit.source.citation,
        },
      },
    },
  };
  let c: CycleDriver;
  let cycleId: string;
  let head: Caller;

  test('the unit that never reported is not ranked and stands for nothing', async () => {
    c = await new CycleDriver(years.harness, { year, ruleSet }).start();
    cycleId = (await c.state()).cycleId;
    head = await blocHeadOf(year);
    await c.adoptAndSign();
    await c.registerAll();
    await c.submitAll(UNITS.filter((u) => u !== silent));
    await phaseProjected(cycleId, 'selfAssessment');
    await head.cycles.advancePhase({
      cycleId,
      from: 'selfAssessment',
      reason: 'Cục QLTT tỉnh không nộp báo cáo tự chấm điểm.',
    });
    await phaseProjected(cycleId, 'review');
    await head.review.lock({ cycleId });
    await phaseProjected(cycleId, 'conference');

    const s = await c.state();
    expect(s.notSubmitted).toEqual([silent]);
    expect(s.ranking?.map((r) => r.unitId)).not.toContain(silent);
    expect(s.ranking?.map((r) => r.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const board = await head.review.list({ cycleId });
    expect(board.find((r) => r.unitId === silent)).toMatchObject({ reviewedTotal: null, selfTotal: null });
    // The score table, issued at the lock, lists it without scores or rank.
    const table = await recordText(cycleId, 'bang-tong-hop-diem.docx');
    expect(table).toContain(`${unitName(silent)}Không nộp báo cáo—`);
  });

  test('a unit head withdraws the unit from the certificates before that vote, by letter', async () => {
    const own = await as(unitHead(withdrawing));
    expect((await own.cycles.get({ cycleId })).allowedActions).toContain('withdrawCandidacy');
    expect((await head.cycles.get({ cycleId })).allowedActions).not.toContain('withdrawCandidacy');
    const letter = {
      cycleId,
      unitId: withdrawing,
      voteKind: 'certificateOfMerit' as const,
      reason: 'Sở Tư pháp đã được đề nghị Bằng khen theo chuyên đề cải cách hành chính',
      letterNumber: '25/STP-VP',
      letterDate,
    };
    // Only the unit's head, for its own unit; a unit that is no candidate has nothing to withdraw.
    await refused(
      (await as(unitOfficer(withdrawing))).conference.withdrawCandidacy(letter),
      'FORBIDDEN_ROLE',
    );
    await refused(own.conference.withdrawCandidacy({ ...letter, unitId: 'u-ttt' }), 'OUT_OF_SCOPE');
    const notListed = await refused(
      (await as(unitHead(silent))).conference.withdrawCandidacy({ ...letter, unitId: silent }),
      'UNIT_INELIGIBLE',
    );
    expect(notListed.message).toContain('không có trong danh sách bình xét Bằng khen');
    await own.conference.withdrawCandidacy(letter);
    await refused(own.conference.withdrawCandidacy(letter), 'ALREADY_WITHDRAWN');

    // Everyone in the bloc sees it; the history records it.
    await waitFor(
      async () => (await (await as(unitHead('u-snv'))).conference.get({ cycleId })).withdrawals,
      (w) => w.length === 1,
    );
    const view = await (await as(SECRETARIAT)).conference.get({ cycleId });
    expect(view.withdrawals).toEqual([
      expect.objectContaining({
        unitId: withdrawing,
        voteKind: 'certificateOfMerit',
        letterNumber: '25/STP-VP',
        letterDate,
        reason: letter.reason,
      }),
    ]);
    const history = await head.audit.list({ cycleId });
    expect(history.rows.find((r) => r.action === 'candidacy.withdraw')).toMatchObject({
      actionLabel: 'Đơn vị rút khỏi danh sách bình xét',
      actorRole: 'unitHead',
      detail: expect.stringContaining('Sở Tư pháp · Bằng khen của Chủ tịch UBND tỉnh'),
    });
  });

  test('closing a round with present units that have not voted needs the chair to name them', async () => {
    await c.attendance();
    const flag = await head.conference.openRound({ cycleId, voteKind: 'provincialFlag' });
    expect(flag.candidateUnitIds).not.toContain(silent);
    const [first] = flag.candidateUnitIds as [string];
    const absentMinded = ['u-cat', silent];
    await c.vote(
      flag.roundId,
      Object.fromEntries(UNITS.filter((u) => !absentMinded.includes(u)).map((u) => [u, [first]])),
    );
    const unnamed = await refused(
      head.conference.closeRound({ roundId: flag.roundId }),
      'NON_VOTERS_UNCONFIRMED',
    );
    expect(unnamed.message).toContain(
      'Còn 2 đơn vị có mặt chưa bỏ phiếu: Công an tỉnh, Cục Quản lý thị trường tỉnh.',
    );
    const half = await refused(
      head.conference.closeRound({ roundId: flag.roundId, notVotedUnitIds: ['u-cat'] }),
      'NON_VOTERS_UNCONFIRMED',
    );
    expect(half.message).toContain('Còn 1 đơn vị có mặt chưa bỏ phiếu: Cục Quản lý thị trường tỉnh.');
    // Only present units can be named.
    await refused(
      head.conference.closeRound({
        roundId: flag.roundId,
        notVotedUnitIds: [...absentMinded, 'u-elsewhere'],
      }),
      'INVALID_INPUT',
    );
    expect((await c.state()).rounds.find((r) => r.id === flag.roundId)?.status).toBe('open');
    const closed = await head.conference.closeRound({ roundId: flag.roundId, notVotedUnitIds: absentMinded });
    expect(closed.outcome).toBe('decided');
    const round = (await head.conference.get({ cycleId })).rounds.find((r) => r.id === flag.roundId);
    expect(round?.tally).toMatchObject({ ballotsIssued: 9, ballotsReceived: 7, validBallots: 7 });
    // Every valid ballot chose the unit: "thống nhất".
    expect(round?.tally?.conclusion).toBe(
      `Hội nghị thống nhất suy tôn ${unitName(first)} đề nghị UBND tỉnh tặng Cờ thi đua của UBND tỉnh.`,
    );
    const minutes = await recordText(cycleId, 'bien-ban-kiem-phieu-co-thi-dua-vong-1.docx');
    expect(minutes).toContain(
      `Số phiếu không thu về: 02 (đơn vị có mặt không bỏ phiếu: ${unitName('u-cat')}, ${unitName(silent)}).`,
    );
  });

  test('a vote with more seats than the year’s quota is refused with the quota, never cut down', async () => {
    const over = await refused(
      head.conference.openRound({ cycleId, voteKind: 'certificateOfMerit' }),
      'QUOTA_EXCEEDED',
    );
    expect(over.message).toContain(
      'Không mở được vòng bỏ phiếu Bằng khen của Chủ tịch UBND tỉnh với 3 suất: chỉ tiêu năm 2072 của Khối (9 đơn vị thành viên) là tối đa 2 đơn vị',
    );
    expect(over.message).toContain('Nhập số suất không quá 2 khi mở vòng bỏ phiếu.');
    await refused(
      head.conference.openRound({ cycleId, voteKind: 'certificateOfMerit', seats: 3 }),
      'QUOTA_EXCEEDED',
    );
    expect((await c.state()).votes.certificateOfMerit.roundIds).toEqual([]);
    const cert = await head.conference.openRound({ cycleId, voteKind: 'certificateOfMerit', seats: 2 });
    const round = (await head.conference.get({ cycleId })).rounds.find((r) => r.id === cert.roundId);
    expect(round).toMatchObject({ seats: 2, maxChoices: 2 });
    // The withdrawn unit and the unit without a report are off the ballot, which says why.
    expect(cert.candidateUnitIds).not.toContain(withdrawing);
    expect(cert.candidateUnitIds).not.toContain(silent);
    const ballot = await recordText(cycleId, 'phieu-bau-bang-khen-vong-1.docx');
    expect(ballot).toContain('xin rút khỏi danh sách bình xét (Công văn số 25/STP-VP ngày');
    expect(ballot).toContain('Không nộp báo cáo tự chấm điểm');
    // Too late to withdraw from it now.
    await refused(
      (await as(unitHead('u-snv'))).conference.withdrawCandidacy({
        cycleId,
        unitId: 'u-snv',
        voteKind: 'certificateOfMerit',
        reason: 'Xin rút',
        letterNumber: '30/SNV-VP',
        letterDate,
      }),
      'VOTE_ALREADY_OPENED',
    );

    // Eight units give A and B; one gives A and C: A unanimously, B with its figures.
    const [a, b, third] = cert.candidateUnitIds as [string, string, string];
    expect(third).toBeDefined();
    await c.vote(
      cert.roundId,
      Object.fromEntries(
        UNITS.filter((u) => u !== 'u-thads').map((u, i) => [u, i === 0 ? [a, third] : [a, b]]),
      ),
    );
    // A caller that skips the API is stopped by the count itself, under the round's lock.
    const direct = await c.refused('closeRound', 'head', { roundId: cert.roundId });
    expect(direct.code).toBe('NON_VOTERS_UNCONFIRMED');
    expect(direct.message).toContain(`chưa bỏ phiếu: ${unitName('u-thads')}.`);
    expect((await c.state()).rounds.find((r) => r.id === cert.roundId)?.status).toBe('open');
    await c.vote(cert.roundId, { 'u-thads': [a, b] });
    const counted = await head.conference.closeRound({ roundId: cert.roundId });
    expect(counted).toMatchObject({ outcome: 'decided', electedIds: [a, b] });
    const tally = (await head.conference.get({ cycleId })).rounds.find((r) => r.id === cert.roundId)?.tally;
    expect(tally?.conclusion).toBe(
      `Hội nghị đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho ${unitName(a)} với 9/9 phiếu (100,00 %) và ${unitName(b)} với 8/9 phiếu (88,89 %).`,
    );
    const minutes = await recordText(cycleId, 'bien-ban-kiem-phieu-bang-khen-vong-1.docx');
    expect(minutes).toContain(
      `${unitName(withdrawing)} xin rút khỏi danh sách bình xét (Công văn số 25/STP-VP`,
    );
    expect(minutes).toContain('không ghi tên trên phiếu');
    expect(minutes).not.toContain('Số phiếu không thu về');
  });

  test('the conference minutes record the unit without a report and the withdrawal', async () => {
    await c.electLeaders('u-cat', 'u-tand');
    await head.conference.confirmResults({ cycleId });
    await waitFor(
      async () => (await c.state()).dossier.status,
      (status) => status === 'ready' || status === 'failed',
      90_000,
    );
    expect((await c.state()).dossier).toMatchObject({ status: 'ready' });
    const minutes = await recordText(cycleId, 'bien-ban-hoi-nghi.docx');
    expect(minutes).toContain(`${unitName(silent)}: không nộp báo cáo, không xếp hạng.`);
    expect(minutes).toContain(
      `${unitName(withdrawing)} xin rút khỏi danh sách bình xét (Công văn số 25/STP-VP`,
    );
    expect(minutes).toContain('không bình xét Bằng khen của Chủ tịch UBND tỉnh.');
    // The replay test keeps this year's history: withdrawal, seats, named non-voters, unranked unit.
    await saveHistory(c.handle, 'bloc-cases-2072');
  }, 180_000);
});

describe('a year whose rules let a unit without a report stand', () => {
  test('the unit is a candidate for the flag, after the ranked units, and for nothing else', async () => {
    const year = 2073;
    const base = demoRuleSet(year);
    const ruleSet: RuleSet = {
      ...base,
      candidacy: {
        ...base.candidacy,
        provincialFlag: { ...base.candidacy.provincialFlag, nonSubmittersMayStand: true },
      },
    };
    const c = await new CycleDriver(years.harness, { year, ruleSet }).start();
    await c.adoptAndSign();
    await c.registerAll();
    await c.submitAll(UNITS.filter((u) => u !== 'u-qltt'));
    await c.step('advancePhase', 'head', { from: 'selfAssessment', reason: 'Hết hạn nộp báo cáo.' });
    await c.step('lockScores', 'head', {});
    await c.attendance();
    const flag = await c.open('provincialFlag');
    expect(flag.candidateUnitIds.at(-1)).toBe('u-qltt');
    await c.vote(flag.roundId, Object.fromEntries(UNITS.map((u) => [u, ['u-snv']])));
    await c.close(flag.roundId);
    const cert = await c.open('certificateOfMerit');
    expect(cert.candidateUnitIds).not.toContain('u-qltt');
  }, 180_000);
});
