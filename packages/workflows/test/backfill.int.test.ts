/**
 * A past year entered from its records (CycleInput.backfill): each step at the instant it took place.
 * Its conference was held on 31/12 and its results confirmed on 02/01: the minutes of that meeting
 * take the old year's numbers, the Tờ trình written after New Year the new year's. Nobody is
 * reminded or marked late today; a unit that handed in late then is late. A live year takes no
 * recorded instant, and only a year that is over can be entered this way.
 */
import { schema } from '@thidua/db';
import { demoConferenceSession, vietnamDate } from '@thidua/domain';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CycleDriver, sheetAt, UNITS } from './support/cycle-driver';
import { docxText } from './support/docx-text';
import { createHarness, eventually, type Harness } from './support/harness';

let h: Harness;
beforeAll(async () => {
  h = await createHarness('backfill');
});
afterAll(async () => {
  await h?.close();
});

const vn = (date: string, time: string) => `${date}T${time}:00+07:00`;
const LATE = 'u-qltt';

describe('a year entered from its records', () => {
  test('steps take their recorded instants; minutes dated 31/12 and issued on 02/01 keep the old year', async () => {
    await h.withWorker(async () => {
      const c = new CycleDriver(h, { year: 2020 });
      c.input.backfill = true;
      c.input.calendar = {
        registration: vn('2020-03-15', '23:59'),
        selfAssessment: vn('2020-12-10', '23:59'),
        reviewResponse: vn('2020-12-20', '23:59'),
        dossier: vn('2021-01-15', '23:59'),
      };
      await c.start();
      const cycleId = (await c.state()).cycleId;
      const at = (recordedAt: string) => ({ recordedAt });

      await c.step('adoptPlan', 'head', {
        planTitle: 'Kế hoạch thi đua năm 2020',
        ruleSet: c.ruleSet,
        scoringTemplate: c.template,
        ...at(vn('2020-02-15', '09:00')),
      });
      for (const u of UNITS)
        await c.step('signPact', { unitHead: u }, { unitId: u, ...at(vn('2020-03-10', '09:00')) });
      for (const u of UNITS) {
        await c.step(
          'registerTargets',
          { unitHead: u },
          {
            unitId: u,
            targets: [{ title: 'Hoàn thành 100% chỉ tiêu được giao' }],
            ...at(vn('2020-03-12', '09:00')),
          },
        );
      }
      const sheet = (u: string) => sheetAt(c.template, c.pctOf(u));
      for (const [i, u] of [...UNITS.filter((x) => x !== LATE), LATE].entries()) {
        const day = u === LATE ? '2020-12-12' : '2020-12-08';
        const minute = (m: number) => `09:${String(2 * i + m).padStart(2, '0')}`;
        await c.step(
          'signOffSelfAssessment',
          { unitHead: u },
          { unitId: u, sheet: sheet(u), ...at(vn(day, minute(0))) },
        );
        const submitted = await c.step(
          'submitSelfAssessment',
          { unitOfficer: u },
          { unitId: u, ...at(vn(day, minute(1))) },
        );
        expect(submitted.late, u).toBe(u === LATE);
      }
      await c.step('lockScores', 'head', at(vn('2020-12-25', '17:00')));

      // The session is accepted on the day it was held, not today.
      const session = demoConferenceSession({
        presentUnitIds: UNITS,
        headUnitId: c.input.leadership.headUnitId,
        at: Date.parse(vn('2020-12-31', '14:00')),
      });
      const early = await c.refused('recordAttendance', 'secretariat', {
        presentUnitIds: [...UNITS],
        session,
        ...at(vn('2020-12-31', '13:00')),
      });
      expect(early.code).toBe('INVALID_INPUT');
      await c.step('recordAttendance', 'secretariat', {
        presentUnitIds: [...UNITS],
        session,
        ...at(vn('2020-12-31', '14:05')),
      });
      const vote = async (
        voteKind: 'provincialFlag' | 'certificateOfMerit' | 'blocHead' | 'blocDeputy',
        time: string,
        pick: (c: string[]) => string[],
      ) => {
        const opened = await c.step('openRound', 'head', { voteKind, ...at(vn('2020-12-31', time)) });
        await c.vote(
          opened.roundId,
          Object.fromEntries(UNITS.map((u) => [u, pick(opened.candidateUnitIds)])),
        );
        return c.step('closeRound', 'head', {
          roundId: opened.roundId,
          ...at(vn('2020-12-31', `${time.slice(0, 3)}55`)),
        });
      };
      await vote('provincialFlag', '15:00', (cands) => [cands[0] as string]);
      await vote('certificateOfMerit', '16:00', (cands) => cands.slice(0, 2));
      await vote('blocHead', '17:00', () => ['u-cat']);
      await vote('blocDeputy', '18:00', () => ['u-tand']);
      // The chair confirms the results after New Year: the dossier's records are written then.
      await c.step('confirmResults', 'head', at(vn('2021-01-02', '09:00')));
      await eventually(async () => (await c.state()).dossier.status === 'ready', 60_000);

      const docs = await h.database.db
        .select()
        .from(schema.documents)
        .where(and(eq(schema.documents.cycleId, cycleId), eq(schema.documents.status, 'issued')));
      const doc = (fileName: string) => docs.find((d) => d.fileName === fileName);
      const tallies = docs.filter((d) => d.recordType === 'tallyMinutes');
      expect(tallies.map((d) => [d.year, d.numberLabel]).sort()).toEqual([
        [2020, '01/BB-KTĐNC'],
        [2020, '02/BB-KTĐNC'],
        [2020, '03/BB-KTĐNC'],
        [2020, '04/BB-KTĐNC'],
      ]);
      expect(doc('bien-ban-hoi-nghi.docx')).toMatchObject({ year: 2020, numberLabel: '05/BB-KTĐNC' });
      const issuedAt = doc('bien-ban-hoi-nghi.docx')?.issuedAt ?? new Date(Number.NaN);
      expect(vietnamDate(issuedAt.toISOString())).toBe('2021-01-02');
      expect(docxText(doc('bien-ban-hoi-nghi.docx')?.bytes as Buffer)).toContain('ngày 31 tháng 12 năm 2020');
      expect(doc('bang-tong-hop-diem.docx')).toMatchObject({ year: 2020, numberLabel: '01/BC-KTĐNC' });
      expect(doc('to-trinh.docx')).toMatchObject({ year: 2021, numberLabel: '01/TTr-KTĐNC' });
      expect(doc('bao-cao-tong-ket.docx')).toMatchObject({ year: 2021, numberLabel: '01/BC-KTĐNC' });
      const proposal = docxText(doc('to-trinh.docx')?.bytes as Buffer);
      expect(proposal).toContain('ngày 02 tháng 01 năm 2021');
      expect(proposal).toContain('số 05/BB-KTĐNC ngày 31/12/2020');

      // Late then, not today: the late unit carries its penalty; no timer told anyone anything.
      expect((await c.state()).units.find((u) => u.id === LATE)).toMatchObject({
        lateReports: 1,
        overdue: {},
      });
      const told = await h.database.db
        .select({ kind: schema.notifications.kind })
        .from(schema.notifications)
        .where(eq(schema.notifications.cycleId, cycleId));
      expect(told.filter((n) => n.kind.startsWith('deadline.'))).toEqual([]);
    });
  });

  test('a live year takes no recorded instant; only a year that is over is entered from its records', async () => {
    await h.withWorker(async () => {
      const live = await new CycleDriver(h, { year: 2061 }).start();
      const refused = await live.refused('adoptPlan', 'head', {
        planTitle: 'Kế hoạch thi đua năm 2061',
        ruleSet: live.ruleSet,
        scoringTemplate: live.template,
        recordedAt: vn('2020-02-15', '09:00'),
      });
      expect(refused.code).toBe('INVALID_INPUT');
      const thisYear = Number(vietnamDate(Date.now()).slice(0, 4));
      const current = new CycleDriver(h, { year: thisYear });
      current.input.backfill = true;
      await current.start();
      await expect(current.handle.result()).rejects.toThrow();
    });
  });
});
