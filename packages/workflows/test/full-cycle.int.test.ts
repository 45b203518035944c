import { createHash } from 'node:crypto';
import { schema } from '@thidua/db';
import { demoDataset, vietnamDate } from '@thidua/domain';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { phaseKey } from '../src/search-attributes';
import { CycleDriver, calendarFromNow, explanationOf, UNITS, unitName } from './support/cycle-driver';
import { docxText } from './support/docx-text';
import { createHarness, eventually, type Harness } from './support/harness';
import { saveHistory } from './support/histories';

const fullNameOf = (id: string) => demoDataset.units.find((u) => u.id === id)?.names.at(-1)?.name ?? id;
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
let h: Harness;
beforeAll(async () => {
  h = await createHarness('full');
});
afterAll(async () => {
  await h?.close();
});

describe('a full cycle of the Khối Nội chính, setup to closed', () => {
  test('9 units, seconds-long deadlines, next year started under the elected leaders', async () => {
    // The seeded 2023 cycle row is adopted by the workflow; 2024 is started by it at the end.
    const c = new CycleDriver(h, {
      year: 2023,
      calendar: calendarFromNow({
        registration: 30_000,
        selfAssessment: 45_000,
        reviewResponse: 60_000,
        dossier: 90_000,
      }),
      committee: { durationMs: 120_000 },
    });
    await h.withWorker(async () => {
      await c.start();
      // The workflow adopted the row the API had created for the bloc and year.
      await eventually(async () => (await c.state()).cycleId === 'cy-b-noichinh-2023');

      // setup → registration → selfAssessment
      await c.adoptAndSign();
      expect((await c.state()).phase).toBe('registration');
      await c.registerAll();
      expect((await c.state()).phase).toBe('selfAssessment');

      // selfAssessment → review
      await c.submitAll();
      expect((await c.state()).phase).toBe('review');

      // review: a changed score with its reason, the unit's one response, a return for revision
      await c.step('reviewScores', 'deputy', {
        unitId: 'u-bchqs',
        criteria: [{ criterionId: 'c1.1', reviewedScore: 25, reason: 'Thiếu minh chứng kết quả diễn tập' }],
      });
      await c.step(
        'respondToReview',
        { unitHead: 'u-bchqs' },
        { unitId: 'u-bchqs', body: 'Đơn vị bổ sung minh chứng tại phụ lục 2.' },
      );
      await c.step('returnSelfAssessment', 'head', {
        unitId: 'u-qltt',
        reason: 'Thiếu chữ ký xác nhận của thủ trưởng',
      });
      expect((await c.refused('lockScores', 'head', {})).code).toBe('UNITS_PENDING');
      await c.submit('u-qltt');
      const locked = await c.step('lockScores', 'head', {});
      expect(locked.phase).toBe('conference');
      expect(locked.ranking[0]).toMatchObject({ unitId: 'u-snv', position: 1, total: 100 });

      // conference: all present; flag, certificates, head, deputy
      await c.attendance();
      const flag = await c.open('provincialFlag');
      expect(flag.candidateUnitIds[0]).toBe('u-snv');
      await c.vote(flag.roundId, {
        ...Object.fromEntries(UNITS.map((u) => [u, ['u-snv']])),
        'u-snv': ['u-stp'],
        'u-qltt': ['u-stp'],
      });
      const flagResult = await c.close(flag.roundId);
      expect(flagResult).toMatchObject({ outcome: 'decided', electedIds: ['u-snv'] });

      const cert = await c.open('certificateOfMerit');
      expect(cert.candidateUnitIds).not.toContain('u-snv'); // one achievement, one award
      await c.vote(cert.roundId, Object.fromEntries(UNITS.map((u) => [u, ['u-stp', 'u-ttt', 'u-bchqs']])));
      expect(await c.close(cert.roundId)).toMatchObject({
        outcome: 'decided',
        electedIds: ['u-stp', 'u-ttt', 'u-bchqs'],
      });
      await c.electLeaders('u-cat', 'u-tand');
      await c.step('confirmResults', 'head', {});

      // dossier: records generated, proposal submitted to the committee through the secretariat
      const ready = await eventually(async () => {
        const s = await c.state();
        return s.dossier.status === 'ready' && s;
      });
      // Conference minutes, Tờ trình, Danh sách, the year-end report and one Báo cáo thành tích per
      // nominated unit: the rounds' records were issued as they were counted.
      expect(ready.dossier.documentIds).toHaveLength(3 + 1 + 4);
      await c.step('submitProposal', 'head', {});
      let s = await c.state();
      expect(s.phase).toBe('committeeReview');
      expect(s.committee.dueAt).toBeDefined();

      // committee: cuts one nomination, returns the dossier, then accepts it resubmitted
      const cut = s.nominations.find((n) => n.unitId === 'u-bchqs');
      await c.step('cutNomination', 'committee', {
        nominationId: cut?.id as string,
        reason: 'Vượt chỉ tiêu Bằng khen của năm',
      });
      await c.step('returnProposal', 'committee', { reason: 'Bổ sung báo cáo thành tích của đơn vị' });
      expect((await c.state()).phase).toBe('dossier');
      await eventually(async () => (await c.state()).dossier.status === 'ready');
      await c.step('submitProposal', 'head', {});
      s = await c.state();
      expect(s.committee.periods).toHaveLength(2);
      expect(s.committee.periods[0]?.outcome).toBe('returned');
      await c.step('acceptProposal', 'committee', {});
      expect(
        (
          await c.refused('recordDecision', 'committee', {
            number: '163/QĐ-UBND',
            decisionDate: vietnamDate(Date.now()),
            signerName: 'Hoàng Minh Đức',
            signerTitle: 'Phó Chủ tịch',
            awards: [{ unitId: 'u-bchqs', award: 'certificateOfMerit' }],
          })
        ).code,
      ).toBe('DECISION_WITHOUT_PROPOSAL');
      await c.decide(
        '163/QĐ-UBND',
        { 'u-snv': 'provincialFlag', 'u-stp': 'certificateOfMerit', 'u-ttt': 'certificateOfMerit' },
        { signerName: 'Hoàng Minh Đức', signerTitle: 'Phó Chủ tịch' },
      );
      s = await c.state();
      expect(s.phase).toBe('decided');
      expect(s.decision?.documentIds.length).toBe(1);

      // closed: next year's cycle, a new execution, under the elected head and deputy
      const closed = await c.step('closeCycle', 'secretariat', {});
      expect(closed).toMatchObject({ phase: 'closed', nextWorkflowId: 'cycle:b-noichinh:2024' });
      const summary = await c.handle.result();
      expect(summary).toMatchObject({
        phase: 'closed',
        decisionNumber: '163/QĐ-UBND',
        nextWorkflowId: 'cycle:b-noichinh:2024',
      });

      const next = await eventually(async () => {
        const n = await h.client.workflow
          .getHandle('cycle:b-noichinh:2024')
          .query('state')
          .catch(() => undefined);
        return n as Awaited<ReturnType<typeof c.state>> | undefined;
      });
      expect(next).toMatchObject({
        phase: 'setup',
        year: 2024,
        leadership: { headUnitId: 'u-cat', deputyUnitId: 'u-tand' },
      });
      const described = await c.handle.describe();
      expect(described.typedSearchAttributes.get(phaseKey)).toBe('closed');

      await saveHistory(c.handle, 'full-cycle-2023');
      await h.client.workflow.getHandle('cycle:b-noichinh:2024').terminate('test done');
    });

    // --- the projections the UI reads ------------------------------------------------------------
    const db = h.api.db;
    const [cycle] = await db.select().from(schema.cycles).where(eq(schema.cycles.id, 'cy-b-noichinh-2023'));
    expect(cycle).toMatchObject({ phase: 'closed', status: 'closed', workflowId: 'cycle:b-noichinh:2023' });
    const statuses = await db
      .select()
      .from(schema.cycleUnitStatus)
      .where(eq(schema.cycleUnitStatus.cycleId, 'cy-b-noichinh-2023'));
    expect(statuses).toHaveLength(9);
    expect(
      statuses.every(
        (r) => (r.steps as Record<string, { state: string }>).selfAssessment?.state === 'submitted',
      ),
    ).toBe(true);

    // Each step written once: audit keys are unique and every processed key has its audit row.
    const audit = await db
      .select()
      .from(schema.auditLog)
      .where(sql`${schema.auditLog.after} ->> 'cycleId' = 'cy-b-noichinh-2023'`);
    expect(audit.length).toBeGreaterThan(60);
    expect(new Set(audit.map((a) => a.idempotencyKey)).size).toBe(audit.length);
    // Ballot secrecy: the audit says who voted, never what.
    const casts = audit.filter((a) => a.action === 'ballot.cast');
    expect(casts.length).toBe(9 * 4);
    expect(JSON.stringify(casts)).not.toMatch(/candidateIds|choices/);

    const rounds = await db.select().from(schema.voteRounds);
    for (const round of rounds.filter((r) => r.id.startsWith('cy-b-noichinh-2023'))) {
      const [{ ballots }] = (
        await db.execute(sql`select count(*)::int as ballots from ballots where round_id = ${round.id}`)
      ).rows as [{ ballots: number }];
      const [{ receipts }] = (
        await db.execute(
          sql`select count(*)::int as receipts from ballot_receipts where round_id = ${round.id}`,
        )
      ).rows as [{ receipts: number }];
      expect(round.status).toBe('closed');
      expect(ballots).toBe(receipts);
      expect(round.tally?.ballotsReceived).toBe(ballots);
    }

    const docs = await db
      .select()
      .from(schema.documents)
      .where(eq(schema.documents.cycleId, 'cy-b-noichinh-2023'));
    expect(docs.length).toBeGreaterThanOrEqual(9);
    for (const d of docs) {
      expect(d.sha256).toBe(
        createHash('sha256')
          .update(d.bytes as Buffer)
          .digest('hex'),
      );
    }
    expect(docs.some((d) => d.recordType === 'proposal' && d.numberLabel?.includes('/TTr-'))).toBe(true);
    expect(docs.some((d) => d.recordType === 'decision')).toBe(true);
    // Every record went through its @thidua/documents builder (no plain-text fallback).
    expect(docs.filter((d) => d.contentType !== DOCX).map((d) => d.title)).toEqual([]);

    // Each round left its blank ballot when it opened and its vote-count minutes when it was counted,
    // leadership elections included, numbered in the BB series as they were counted.
    const cycleRounds = rounds
      .filter((r) => r.id.startsWith('cy-b-noichinh-2023'))
      .sort((a, b) => a.openedAt.getTime() - b.openedAt.getTime());
    expect(cycleRounds.map((r) => r.voteKind)).toEqual([
      'provincialFlag',
      'certificateOfMerit',
      'blocHead',
      'blocDeputy',
    ]);
    const ballots = docs.filter((d) => d.recordType === 'ballotForm');
    expect(ballots.map((d) => d.fileName).sort()).toEqual(
      [
        'phieu-bau-bang-khen-vong-1.docx',
        'phieu-bau-co-thi-dua-vong-1.docx',
        'phieu-bau-pho-khoi-vong-1.docx',
        'phieu-bau-truong-khoi-vong-1.docx',
      ].sort(),
    );
    expect(ballots.every((d) => d.number === null && d.series === null)).toBe(true);
    const tallies = docs
      .filter((d) => d.recordType === 'tallyMinutes')
      .sort((a, b) => (a.number ?? 0) - (b.number ?? 0));
    expect(tallies.map((d) => d.fileName)).toEqual([
      'bien-ban-kiem-phieu-co-thi-dua-vong-1.docx',
      'bien-ban-kiem-phieu-bang-khen-vong-1.docx',
      'bien-ban-kiem-phieu-truong-khoi-vong-1.docx',
      'bien-ban-kiem-phieu-pho-khoi-vong-1.docx',
    ]);
    const first = tallies[0]?.number ?? 0;
    expect(tallies.map((d) => d.number)).toEqual([first, first + 1, first + 2, first + 3]);
    expect(tallies.every((d) => d.series === 'BB' && d.numberLabel?.includes('/BB-'))).toBe(true);
    // The conference minutes come after them and cite them.
    const conferenceMinutes = docs.filter((d) => d.recordType === 'conferenceMinutes');
    expect(conferenceMinutes.every((d) => (d.number ?? 0) > first + 3)).toBe(true);
    const minutesText = docxText(conferenceMinutes[0]?.bytes as Buffer);
    for (const t of tallies) expect(minutesText).toContain(t.numberLabel as string);

    const headRound = cycleRounds.find((r) => r.voteKind === 'blocHead');
    const headTally = docxText(tallies[2]?.bytes as Buffer);
    expect(headTally).toContain('Bầu đơn vị Trưởng Khối năm 2024');
    expect(headTally).toContain(unitName('u-cat'));
    expect(headTally).toContain(
      `số phiếu thu về: ${String(headRound?.tally?.ballotsReceived).padStart(2, '0')}`,
    );
    expect(headTally).toContain('Trúng cử');
    const flagBallot = docxText(ballots.find((d) => d.fileName.includes('co-thi-dua'))?.bytes as Buffer);
    expect(flagBallot).toContain(unitName('u-snv'));
    // The score table was issued when the scores were locked: numbered BC, signed by the bloc head.
    const scoreTables = docs.filter((d) => d.recordType === 'scoreTable');
    expect(scoreTables).toHaveLength(1);
    expect(scoreTables[0]?.numberLabel).toMatch(/\/BC-/);
    expect(scoreTables[0]?.cyclePhase).toBe('review');
    const scoreText = docxText(scoreTables[0]?.bytes as Buffer);
    expect(scoreText).toContain('BẢNG TỔNG HỢP ĐIỂM THI ĐUA NĂM 2023');
    expect(scoreText).toContain(unitName('u-snv'));
    expect(scoreText).toContain('TRƯỞNG KHỐI');
    // The pact was issued when the last unit registered: every unit with its targets and its head.
    const pacts = docs.filter((d) => d.recordType === 'pact');
    expect(pacts).toHaveLength(1);
    expect(pacts[0]).toMatchObject({ cyclePhase: 'registration', series: null, number: null });
    const pactText = docxText(pacts[0]?.bytes as Buffer);
    for (const u of UNITS) expect(pactText).toContain(unitName(u));
    expect(pactText).toContain('Triệu Đức Quang');
    // Each nominated unit's Báo cáo thành tích, from what it submitted, signed by its head; the unit
    // cut by the committee takes its report out of the dossier.
    const reports = docs
      .filter((d) => d.recordType === 'achievementReport')
      .sort((a, b) => b.version - a.version)
      .map((d) => ({ ...d, text: docxText(d.bytes as Buffer) }));
    for (const unitId of ['u-snv', 'u-stp', 'u-ttt', 'u-bchqs']) {
      const latest = reports.find((d) => d.text.includes(explanationOf(unitId)));
      expect(latest?.fileName, unitId).toMatch(/^bao-cao-thanh-tich-[a-z0-9-]+\.docx$/);
      expect(latest).toMatchObject({ number: null, series: null, cyclePhase: 'dossier' });
      expect(latest?.status).toBe(unitId === 'u-bchqs' ? 'withdrawn' : 'issued');
      expect(latest?.text).toContain('BÁO CÁO THÀNH TÍCH');
      expect(latest?.text).toContain(fullNameOf(unitId));
      expect(latest?.text).toContain('là đơn vị thành viên của');
      expect(latest?.text).toContain('Hệ thống chưa ghi nhận danh hiệu thi đua');
    }
    expect(new Set(reports.map((d) => d.fileName)).size).toBe(4);
    const yearEnd = docs.filter((d) => d.recordType === 'summaryReport');
    expect(yearEnd.length).toBeGreaterThan(0);
    expect(yearEnd.every((d) => d.numberLabel?.includes('/BC-'))).toBe(true);
    expect(new Set(yearEnd.map((d) => d.numberLabel)).size).toBe(1);
    const yearEndText = docxText(yearEnd.sort((a, b) => b.version - a.version)[0]?.bytes as Buffer);
    expect(yearEndText).toContain('Tổng kết công tác thi đua, khen thưởng năm 2023');
    expect(yearEndText).toContain('gồm 09 đơn vị');
    expect(yearEndText).toContain(`Thứ 1: ${unitName('u-snv')}, 100 điểm`);
    expect(yearEndText).toContain(`Đơn vị Trưởng Khối năm 2024: ${unitName('u-cat')}`);
    expect(yearEndText).toContain('TRƯỞNG KHỐI');
    for (const d of docs) {
      const text = docxText(d.bytes as Buffer);
      // The decision's Điều 3 names "Thủ trưởng các cơ quan" by law; a stand-in signer never appears.
      expect(text, d.title).not.toMatch(/…|Thủ trưởng (?!các cơ quan)|Cán bộ |TODO/);
    }

    const noms = await db
      .select()
      .from(schema.nominations)
      .where(eq(schema.nominations.cycleId, 'cy-b-noichinh-2023'));
    expect(noms.map((n) => [n.unitId, n.status]).sort()).toEqual([
      ['u-bchqs', 'cut'],
      ['u-snv', 'accepted'],
      ['u-stp', 'accepted'],
      ['u-ttt', 'accepted'],
    ]);
    const [decision] = await db.select().from(schema.decisions);
    expect(decision).toMatchObject({ number: '163/QĐ-UBND', signerName: 'Hoàng Minh Đức' });

    const [next] = await db
      .select()
      .from(schema.cycles)
      .where(sql`${schema.cycles.blocId} = 'b-noichinh' and ${schema.cycles.year} = 2024`);
    expect(next?.workflowId).toBe('cycle:b-noichinh:2024');
    const [leaders] = await db
      .select()
      .from(schema.blocLeaderships)
      .where(sql`${schema.blocLeaderships.year} = 2024`);
    expect(leaders).toMatchObject({ headUnitId: 'u-cat', deputyUnitId: 'u-tand' });
    const [template] = await db
      .select()
      .from(schema.scoringTemplates)
      .where(eq(schema.scoringTemplates.cycleId, next?.id as string));
    expect(template?.body.year).toBe(2024);
    expect(template?.lockedAt).toBeNull();
  });
});
