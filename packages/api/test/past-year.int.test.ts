/**
 * The demo bloc's 2022 year entered from its records through the live procedures (import/past-year):
 * a back-fill on real Temporal and PostgreSQL, each step at its instant of the year's calendar. Its
 * dossier is the live path's, dated and numbered in its own time, and nobody is told today of
 * deadlines that passed in 2022.
 */
import type { ApiServices } from '@thidua/api';
import { cycles, documents, notifications } from '@thidua/db/schema';
import type { TestDatabase } from '@thidua/db/testing';
import { computeDemoCycle2022, slug } from '@thidua/domain';
import { and, eq } from 'drizzle-orm';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkIssuedDossier } from '../../activities/src/index';
import { checkRecord } from '../../documents/test/format-checker';
import { recordFactsQuery, stateQuery } from '../../workflows/src/cycle/messages';
import { importDemoYear2022 } from '../src/import/demo-2022';
import { dossierZip } from '../src/services/files/dossier-zip';
import { callerAs } from './helpers/callers';
import { demoDatabase } from './helpers/database';
import { BLOC_HEAD_2023, SECRETARIAT } from './helpers/demo-users';
import { CYCLE_2022 } from './helpers/fixtures';
import { liveRecordSpec, STAND_IN } from './helpers/record-specs';
import { type TestTemporal, testTemporal } from './helpers/temporal';
import { waitFor } from './helpers/wait';

let database: TestDatabase;
let temporal: TestTemporal;
let services: ApiServices;

beforeAll(async () => {
  database = await demoDatabase('thidua_api_past_year');
  temporal = await testTemporal({ worker: true, databaseUrl: database.url });
  services = {
    version: 'test',
    db: database.db,
    temporal: temporal.client,
    taskQueue: temporal.taskQueue,
    cycleWorkflowId: temporal.workflowId,
  };
});

afterAll(async () => {
  await temporal?.close();
  await database?.drop();
});

const textOf = (bytes: Uint8Array) =>
  strFromU8(unzipSync(bytes)['word/document.xml'] ?? new Uint8Array())
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '');

const NAMES: Record<string, string> = {
  'u-ttt': 'Thanh tra tỉnh',
  'u-bchqs': 'Bộ Chỉ huy Quân sự tỉnh',
  'u-stp': 'Sở Tư pháp',
};

describe.sequential('the demo year 2022, entered from its records', () => {
  let zip: Record<string, Uint8Array>;

  test('runs through the workflow to the decision and the close, once', async () => {
    expect(await importDemoYear2022(services)).toEqual({ imported: true });
    expect(await importDemoYear2022(services)).toEqual({ imported: false });
    const [cycle] = await database.db.select().from(cycles).where(eq(cycles.id, CYCLE_2022));
    expect([cycle?.phase, cycle?.status]).toEqual(['closed', 'closed']);
    // What the domain computes from the same demo facts is what the year proposed and decided.
    const view = await (await callerAs(services, 'thanhtra.truongkhoi')).dossier.list({
      cycleId: CYCLE_2022,
    });
    expect(view.dossier?.status).toBe('decided');
    expect(view.nominations.map((n) => [n.awardKind, n.unitId]).sort()).toEqual(
      computeDemoCycle2022()
        .proposals.map((p) => [p.award, p.unitId])
        .sort(),
    );
    // It took place in 2022: no reminder or late mark today, and none of its steps (the results
    // confirmed, the decision recorded…) is news to today's officials.
    const told = await database.db
      .select({ kind: notifications.kind })
      .from(notifications)
      .where(eq(notifications.cycleId, CYCLE_2022));
    expect(told).toEqual([]);
  });

  test('its dossier downloads with every record, as the decree writes them in their own time', async () => {
    zip = unzipSync((await dossierZip(database.db, CYCLE_2022)).bytes);
    const rounds = ['co-thi-dua-vong-1', 'bang-khen-vong-1', 'truong-khoi-vong-1', 'pho-khoi-vong-1'];
    const expected = [
      'giao-uoc-thi-dua.docx',
      'bang-tong-hop-diem.docx',
      'bang-tong-hop-cham-cheo.docx',
      ...rounds.flatMap((r) => [`phieu-bau-${r}.docx`, `bien-ban-kiem-phieu-${r}.docx`]),
      'bien-ban-hoi-nghi.docx',
      'to-trinh.docx',
      'danh-sach-de-nghi.docx',
      'bao-cao-tong-ket.docx',
      ...Object.values(NAMES).map((n) => `bao-cao-thanh-tich-${slug(n)}.docx`),
      'quyet-dinh.docx',
    ].sort();
    expect(Object.keys(zip).sort()).toEqual([...expected, 'SHA256SUMS'].sort());
    const failures: string[] = [];
    for (const name of expected) {
      const bytes = zip[name] as Uint8Array;
      const standIn = STAND_IN.exec(textOf(bytes));
      if (standIn) failures.push(`${name}: contains "${standIn[0]}"`);
      const spec = liveRecordSpec(
        {
          province: 'Bắc Kạn',
          year: 2022,
          signedOn: '2023-01-04',
          headUnitId: 'u-snv',
          decisionSigner: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Hoàng Minh Đức'],
          nominee: (fileName) => {
            const [unitId, unitName] =
              Object.entries(NAMES).find(([, n]) => fileName === `bao-cao-thanh-tich-${slug(n)}.docx`) ?? [];
            return { unitId: unitId ?? '', name: unitName ?? '' };
          },
        },
        name,
      );
      for (const f of checkRecord(bytes, spec)) failures.push(`${name}: ${f}`);
    }
    expect(failures).toEqual([]);
    const minutes = textOf(zip['bien-ban-hoi-nghi.docx'] as Uint8Array);
    expect(minutes).toContain('Thời gian bắt đầu: 14 giờ 00 phút, ngày 04 tháng 01 năm 2023.');
    expect(textOf(zip['to-trinh.docx'] as Uint8Array)).toContain('Bắc Kạn, ngày 04 tháng 01 năm 2023');
    // Công an tỉnh handed its sheet in two days late: the year-end report says so, with the penalty.
    expect(textOf(zip['bao-cao-tong-ket.docx'] as Uint8Array)).toContain(
      '01 đơn vị gửi chậm: Công an tỉnh (trừ 0,5 điểm).',
    );
  });

  test("numbers run in each record's own year; the dossier holds together", async () => {
    const rows = await database.db
      .select()
      .from(documents)
      .where(and(eq(documents.cycleId, CYCLE_2022), eq(documents.status, 'issued')));
    const numbered = (fileName: string) => rows.find((r) => r.fileName === fileName);
    // The score table is dated 25/12/2022, the year-end report 04/01/2023: each opens its year's series.
    expect(numbered('bang-tong-hop-diem.docx')).toMatchObject({ year: 2022, numberLabel: '01/BC-KTĐNC' });
    expect(numbered('bao-cao-tong-ket.docx')).toMatchObject({ year: 2023, numberLabel: '01/BC-KTĐNC' });
    expect(numbered('bien-ban-hoi-nghi.docx')).toMatchObject({ year: 2023, numberLabel: '05/BB-KTĐNC' });
    expect(numbered('to-trinh.docx')).toMatchObject({ year: 2023, numberLabel: '01/TTr-KTĐNC' });
    const [cycle] = await database.db.select().from(cycles).where(eq(cycles.id, CYCLE_2022));
    const facts = await temporal.client.workflow
      .getHandle(cycle?.workflowId as string)
      .query(recordFactsQuery);
    const checked = await checkIssuedDossier({ db: database.db }, { cycleId: CYCLE_2022, facts });
    expect(checked.conferenceDate).toBe('2023-01-04');
    expect(checked.tallies.map((t) => t.number)).toEqual([
      '01/BB-KTĐNC',
      '02/BB-KTĐNC',
      '03/BB-KTĐNC',
      '04/BB-KTĐNC',
    ]);
  });

  test('the year that follows is untouched: it starts from the web app, live', async () => {
    const head = await callerAs(services, BLOC_HEAD_2023);
    const [year2023] = await database.db.select().from(cycles).where(eq(cycles.id, 'cy-b-noichinh-2023'));
    expect(year2023?.phase).toBe('setup');
    // Closing the entered year did not start 2023 with 2022's calendar shifted into the past.
    const [year2022] = await database.db.select().from(cycles).where(eq(cycles.id, CYCLE_2022));
    const closed = await temporal.client.workflow.getHandle(year2022?.workflowId as string).query(stateQuery);
    expect(closed.nextCycle).toMatchObject({ started: false });
    expect((await head.dossier.list({ cycleId: 'cy-b-noichinh-2023' })).documents).toEqual([]);
    // The secretariat's board lists the entered year (the next one is not started yet).
    const board = await (await callerAs(services, 'bandtdkt.chuyenvien')).tracker.list({
      page: { limit: 200, offset: 0 },
    });
    expect(new Set(board.rows.map((r) => r.year))).toEqual(new Set([2022]));
  });

  test('a case found years later: its revocation cites the decision as issued, in a province since merged', async () => {
    const { caseId } = await (await callerAs(services, SECRETARIAT)).eligibility.recordCase({
      cycleId: CYCLE_2022,
      unitId: 'u-stp',
      code: 'investigationOnViolationSigns',
      reason: 'Đơn vị đang bị thanh tra khi có dấu hiệu vi phạm trong quản lý tài chính năm 2022',
      documentRef: 'Quyết định thanh tra số 12/QĐ-TTr ngày 15/9/2026',
    });
    await (await callerAs(services, BLOC_HEAD_2023)).dossier.proposeRevocation({
      cycleId: CYCLE_2022,
      unitId: 'u-stp',
      award: 'certificateOfMerit',
      caseId,
      reason: 'Đề nghị thu hồi Bằng khen đã tặng',
    });
    const [record] = await waitFor(
      () =>
        database.db
          .select({ bytes: documents.bytes })
          .from(documents)
          .where(and(eq(documents.cycleId, CYCLE_2022), eq(documents.recordType, 'revocationProposal'))),
      (rows) => rows.length === 1,
    );
    const text = textOf(new Uint8Array(record?.bytes as Buffer));
    // Bắc Kạn decided in 2023; the Tờ trình goes today to the merged province's Chairman.
    expect(text).toMatch(
      /Theo Quyết định số \S+ ngày \d\d\/\d\d\/2023 của Chủ tịch Ủy ban nhân dân tỉnh Bắc Kạn, Sở Tư pháp được tặng/,
    );
    expect(text).toContain('Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Thái Nguyên');
  });
});
