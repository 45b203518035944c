import { cycles, documents } from '@thidua/db/schema';
import {
  DEMO_PASSWORD,
  type DocumentTypeCode,
  demoConferenceSession,
  parseDocumentNumber,
  slug,
  vietnamDate,
} from '@thidua/domain';
import type {} from '@thidua/vitest-setup/context';
import { eq } from 'drizzle-orm';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { checkIssuedDossier } from '../../../packages/activities/src/index';
import * as people from '../../../packages/api/test/helpers/demo-users';
import { BLOC, CYCLE_2023 } from '../../../packages/api/test/helpers/fixtures';
import { liveRecordSpec, STAND_IN } from '../../../packages/api/test/helpers/record-specs';
import { waitFor } from '../../../packages/api/test/helpers/wait';
import { checkRecord } from '../../../packages/documents/test/format-checker';
import { recordFactsQuery } from '../../../packages/workflows/src/cycle/messages';
import { apiUnderTest } from './api-under-test';
import { type HttpResult, httpClient } from './http-client';

const DAY = 86_400_000;
const api = apiUnderTest('thidua_api_year_records', { worker: true });

// --- each role, signed in over HTTP ---------------------------------------------------------------
type Client = ReturnType<typeof httpClient>;
const clients = new Map<string, Client>();
async function as(username: string): Promise<Client> {
  let client = clients.get(username);
  if (!client) {
    client = httpClient(api.url);
    const signedIn = await client.signIn(username, DEMO_PASSWORD);
    expect(signedIn.status, `${username} signs in`).toBe(200);
    clients.set(username, client);
  }
  return client;
}

const ok = <T>(result: HttpResult<T>, what: string): T => {
  expect(result.error, `${what}: ${result.error?.data?.code} ${result.error?.message}`).toBeUndefined();
  return result.data as T;
};
async function mutate<T = unknown>(username: string, path: string, input: unknown): Promise<T> {
  return ok(await (await as(username)).mutate<T>(path, input), `${username} ${path}`);
}
async function query<T = unknown>(username: string, path: string, input: unknown): Promise<T> {
  return ok(await (await as(username)).query<T>(path, input), `${username} ${path}`);
}
/** A step the workflow refuses while the records it waits for are being generated. */
async function whenReady<T = unknown>(username: string, path: string, input: unknown): Promise<T> {
  const client = await as(username);
  const deadline = Date.now() + 120_000;
  for (;;) {
    const result = await client.mutate<T>(path, input);
    if (result.error?.data.code !== 'DOCUMENTS_NOT_READY' || Date.now() > deadline)
      return ok(result, `${username} ${path}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

const phaseOf = async () =>
  (await api.database.db.select({ phase: cycles.phase }).from(cycles).where(eq(cycles.id, CYCLE_2023)))[0]
    ?.phase;
const waitPhase = (phase: string) => waitFor(phaseOf, (p) => p === phase, 60_000);

const textOf = (bytes: Uint8Array) =>
  strFromU8(unzipSync(bytes)['word/document.xml'] ?? new Uint8Array())
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '');

// --- the year ----------------------------------------------------------------------------------------
const LATE_UNIT = 'u-qltt';
/** The delegates who stay for each round: 9 at the first rounds, fewer as the day goes on. */
const RUNOFF_VOTERS = people.MEMBERS.slice(0, 5);
const HEAD_VOTERS = people.MEMBERS.slice(0, 8);
const DEPUTY_VOTERS = people.MEMBERS.slice(0, 7);
/** The chair confirms, naming them, the present units that did not vote before counting. */
const notVoted = (voters: readonly string[]) => {
  const missing = people.MEMBERS.filter((u) => !voters.includes(u));
  return missing.length > 0 ? { notVotedUnitIds: missing } : {};
};

interface Opened {
  roundId: string;
  candidateUnitIds: string[];
}
interface Closed {
  outcome: string;
  electedIds: string[];
  tiedIds: string[];
  runoffRoundId?: string;
}
interface DossierView {
  dossier: { status: string } | null;
  documents: {
    id: string;
    fileName: string;
    recordType: string;
    numberLabel: string | null;
    status: string;
  }[];
  nominations: { id: string; awardKind: string; unitId: string }[];
}

describe.sequential('a whole year through the API: the dossier a secretariat can sign', () => {
  let nominees: { unitId: string; award: 'provincialFlag' | 'certificateOfMerit' }[] = [];
  let minutesBefore: { id: string; numberLabel: string | null; issuedAt: Date | null; sha256: string }[] = [];

  test('setup, registration and self-assessment, one unit late', async () => {
    const now = Date.now();
    const at = (days: number) => new Date(now + days * DAY).toISOString();
    const started = await mutate<{ workflowId: string }>(people.SECRETARIAT, 'cycles.start', {
      blocId: BLOC,
      year: 2023,
      calendar: { registration: at(5), selfAssessment: at(10), reviewResponse: at(15), dossier: at(20) },
    });
    await waitFor(
      async () =>
        (await api.database.db.select().from(cycles).where(eq(cycles.id, CYCLE_2023)))[0]?.workflowId,
      (id) => id === started.workflowId,
    );
    await mutate(people.BLOC_HEAD_2023, 'cycles.adoptPlan', {
      cycleId: CYCLE_2023,
      planTitle: 'Kế hoạch thi đua năm 2023',
    });
    for (const unitId of people.MEMBERS)
      await mutate(people.unitHead(unitId), 'registration.signPact', { cycleId: CYCLE_2023, unitId });
    await waitPhase('registration');
    for (const unitId of people.MEMBERS) {
      await mutate(people.unitHead(unitId), 'registration.registerTargets', {
        cycleId: CYCLE_2023,
        unitId,
        targets: [{ title: 'Hoàn thành 100% kế hoạch công tác năm', value: '100 %' }],
        aims: ['certificateOfMerit'],
      });
    }
    await waitPhase('selfAssessment');
    const sheet = await query<{ template: { groups: { criteria: { id: string; maxPoints: number }[] }[] } }>(
      people.unitOfficer('u-snv'),
      'selfAssessment.get',
      { cycleId: CYCLE_2023, unitId: 'u-snv' },
    );
    const criteria = sheet.template.groups.flatMap((g) => g.criteria);
    const hand = async (unitId: string, index: number) => {
      await mutate(people.unitOfficer(unitId), 'selfAssessment.saveDraft', {
        cycleId: CYCLE_2023,
        unitId,
        criteria: criteria.map((c, i) => ({
          criterionId: c.id,
          // Descending totals by the members' order; every unit explains its first criterion.
          selfScore: Math.max(0, c.maxPoints - (i === 0 ? index * 0.5 : 0)),
          ...(i === 0
            ? { selfNote: 'Hoàn thành 100% kế hoạch công tác năm, không có đơn thư tồn đọng.' }
            : {}),
        })),
      });
      await mutate(people.unitHead(unitId), 'selfAssessment.signOff', { cycleId: CYCLE_2023, unitId });
      return mutate<{ late: boolean }>(people.unitOfficer(unitId), 'selfAssessment.submit', {
        cycleId: CYCLE_2023,
        unitId,
      });
    };
    for (const [index, unitId] of people.MEMBERS.entries())
      if (unitId !== LATE_UNIT) await hand(unitId, index);
    // The deadline passes before the last unit hands its sheet in.
    await mutate(people.SECRETARIAT, 'tracker.moveDeadline', {
      cycleId: CYCLE_2023,
      deadline: 'selfAssessment',
      at: new Date(Date.now() - 60_000).toISOString(),
      reason: 'Hết hạn nộp bản tự chấm điểm theo kế hoạch.',
    });
    const late = await hand(LATE_UNIT, people.MEMBERS.indexOf(LATE_UNIT));
    expect(late.late).toBe(true);
    await waitPhase('review');
  });

  test('review and conference: a runoff, and fewer ballots as the rounds go on', async () => {
    await mutate(people.BLOC_HEAD_2023, 'review.lock', { cycleId: CYCLE_2023 });
    await waitPhase('conference');
    await mutate(people.BLOC_HEAD_2023, 'conference.recordAttendance', {
      cycleId: CYCLE_2023,
      presentUnitIds: people.MEMBERS,
      session: demoConferenceSession({ presentUnitIds: people.MEMBERS, headUnitId: 'u-ttt' }),
    });
    const cast = (roundId: string, voters: readonly string[], choose: (i: number) => string[]) =>
      Promise.all(
        voters.map((unitId, i) =>
          mutate(people.unitHead(unitId), 'conference.castBallot', {
            roundId,
            unitId,
            choices: { kind: 'choices', candidateIds: choose(i) },
          }),
        ),
      );
    const round = async (
      voteKind: string,
      voters: readonly string[],
      choose: (i: number, c: string[]) => string[],
    ) => {
      const opened = await mutate<Opened>(people.BLOC_HEAD_2023, 'conference.openRound', {
        cycleId: CYCLE_2023,
        voteKind,
      });
      await cast(opened.roundId, voters, (i) => choose(i, opened.candidateUnitIds));
      return mutate<Closed>(people.BLOC_HEAD_2023, 'conference.closeRound', {
        roundId: opened.roundId,
        ...notVoted(voters),
      });
    };
    const flag = await round('provincialFlag', people.MEMBERS, (_, c) => [c[0] as string]);
    expect(flag.outcome).toBe('decided');
    // Two units get 9 and 8 of 9; the next two tie at 5 for the last seat.
    const certificate = await round('certificateOfMerit', people.MEMBERS, (i, c) => {
      const [a, b, x, y] = c as [string, string, string, string];
      return i < 4 ? [a, b, x] : i < 8 ? [a, b, y] : [a, x, y];
    });
    expect(certificate.outcome).toBe('runoff');
    const runoffId = certificate.runoffRoundId as string;
    const [tiedFirst] = certificate.tiedIds as [string];
    await cast(runoffId, RUNOFF_VOTERS, () => [tiedFirst]);
    const runoff = await mutate<Closed>(people.BLOC_HEAD_2023, 'conference.closeRound', {
      roundId: runoffId,
      ...notVoted(RUNOFF_VOTERS),
    });
    expect(runoff).toMatchObject({ outcome: 'decided', electedIds: [tiedFirst] });
    expect((await round('blocHead', HEAD_VOTERS, () => ['u-cat'])).electedIds).toEqual(['u-cat']);
    expect((await round('blocDeputy', DEPUTY_VOTERS, () => ['u-snv'])).electedIds).toEqual(['u-snv']);
    await mutate(people.BLOC_HEAD_2023, 'conference.confirmResults', { cycleId: CYCLE_2023 });
    await waitPhase('dossier');
  });

  test('dossier: submitted, returned once, resubmitted, accepted and decided', async () => {
    const view = await waitFor(
      () => query<DossierView>(people.BLOC_HEAD_2023, 'dossier.list', { cycleId: CYCLE_2023 }),
      (d) => d.documents.some((x) => x.recordType === 'proposal'),
      120_000,
    );
    minutesBefore = (await api.database.db.select().from(documents).where(eq(documents.cycleId, CYCLE_2023)))
      .filter((d) => d.recordType === 'conferenceMinutes')
      .map(({ id, numberLabel, issuedAt, sha256 }) => ({ id, numberLabel, issuedAt, sha256 }));
    expect(minutesBefore).toHaveLength(1);
    nominees = view.nominations.map((n) => ({ unitId: n.unitId, award: n.awardKind as 'provincialFlag' }));
    expect(nominees).toHaveLength(4);
    await whenReady(people.BLOC_HEAD_2023, 'dossier.submit', { cycleId: CYCLE_2023 });
    await waitPhase('committeeReview');
    await mutate(people.COMMITTEE, 'committee.returnProposal', {
      cycleId: CYCLE_2023,
      reason: 'Bổ sung chữ ký của Trưởng Khối vào Tờ trình.',
    });
    await waitPhase('dossier');
    await whenReady(people.BLOC_HEAD_2023, 'dossier.submit', { cycleId: CYCLE_2023 });
    await waitPhase('committeeReview');
    await mutate(people.COMMITTEE, 'committee.accept', { cycleId: CYCLE_2023 });
    await mutate(people.COMMITTEE, 'committee.recordDecision', {
      cycleId: CYCLE_2023,
      number: '163/QĐ-UBND',
      decisionDate: vietnamDate(Date.now()),
      signerName: 'Hoàng Minh Đức',
      signerTitle: 'Phó Chủ tịch UBND tỉnh',
      awards: nominees,
    });
    await waitFor(
      () => query<DossierView>(people.BLOC_HEAD_2023, 'dossier.list', { cycleId: CYCLE_2023 }),
      (d) => d.documents.some((x) => x.recordType === 'decision'),
      120_000,
    );
  });

  test('the zip the web app downloads holds every record once, in its current version, as the decree writes it', async () => {
    const head = await as(people.BLOC_HEAD_2023);
    const response = await fetch(`${api.url}/api/cycles/${CYCLE_2023}/dossier.zip`, {
      headers: head.headers(),
    });
    expect(response.status).toBe(200);
    const zipBytes = new Uint8Array(await response.arrayBuffer());
    if (process.env.YEAR_RECORDS_ZIP)
      (await import('node:fs')).writeFileSync(process.env.YEAR_RECORDS_ZIP, zipBytes);
    const zip = unzipSync(zipBytes);
    const names = Object.keys(zip).sort();
    expect(names.filter((n) => n.endsWith('.txt'))).toEqual([]);
    const records = names.filter((n) => n.endsWith('.docx'));
    const view = await query<{ units: { unitId: string; name: string }[] }>(
      people.BLOC_HEAD_2023,
      'cycles.get',
      {
        cycleId: CYCLE_2023,
      },
    );
    const slugOf = (unitId: string) => slug(view.units.find((u) => u.unitId === unitId)?.name ?? unitId);
    const expected = [
      'giao-uoc-thi-dua.docx',
      'bang-tong-hop-diem.docx',
      ...[
        'co-thi-dua-vong-1',
        'bang-khen-vong-1',
        'bang-khen-vong-2',
        'truong-khoi-vong-1',
        'pho-khoi-vong-1',
      ].flatMap((r) => [`phieu-bau-${r}.docx`, `bien-ban-kiem-phieu-${r}.docx`]),
      'bien-ban-hoi-nghi.docx',
      'to-trinh.docx',
      'danh-sach-de-nghi.docx',
      'bao-cao-tong-ket.docx',
      ...nominees.map((n) => `bao-cao-thanh-tich-${slugOf(n.unitId)}.docx`),
      'quyet-dinh.docx',
    ].sort();
    expect(records).toEqual(expected);
    // Exactly the current version of each: what the dossier lists, byte for byte.
    const listed = await query<DossierView>(people.BLOC_HEAD_2023, 'dossier.list', { cycleId: CYCLE_2023 });
    expect(listed.documents.map((d) => d.fileName).sort()).toEqual(expected);
    const rows = await api.database.db.select().from(documents).where(eq(documents.cycleId, CYCLE_2023));
    for (const d of listed.documents) {
      const row = rows.find((r) => r.id === d.id);
      expect(Buffer.from(zip[d.fileName] as Uint8Array).equals(row?.bytes as Buffer), d.fileName).toBe(true);
    }

    const failures: string[] = [];
    for (const name of records) {
      const bytes = zip[name] as Uint8Array;
      const text = textOf(bytes);
      const standIn = STAND_IN.exec(text);
      if (standIn) failures.push(`${name}: contains "${standIn[0]}"`);
      const spec = liveRecordSpec(
        {
          province: 'Thái Nguyên',
          year: 2023,
          signedOn: vietnamDate(Date.now()),
          headUnitId: 'u-ttt',
          decisionSigner: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Hoàng Minh Đức'],
          nominee: (fileName) => {
            const unitId =
              nominees.find((n) => fileName === `bao-cao-thanh-tich-${slugOf(n.unitId)}.docx`)?.unitId ?? '';
            return { unitId, name: view.units.find((u) => u.unitId === unitId)?.name ?? '' };
          },
        },
        name,
      );
      for (const f of checkRecord(bytes, spec)) failures.push(`${name}: ${f}`);
    }
    expect(failures).toEqual([]);
    // The year as it went: the late unit named with its penalty, each round counted on its own ballots.
    const lateName = view.units.find((u) => u.unitId === LATE_UNIT)?.name as string;
    expect(textOf(zip['bao-cao-tong-ket.docx'] as Uint8Array)).toContain(
      `01 đơn vị gửi chậm: ${lateName} (trừ 0,5 điểm).`,
    );
    const counted = (round: string) => textOf(zip[`bien-ban-kiem-phieu-${round}.docx`] as Uint8Array);
    expect(counted('co-thi-dua-vong-1')).toContain('số phiếu thu về: 09');
    expect(counted('bang-khen-vong-2')).toContain('số phiếu thu về: 05');
    expect(counted('truong-khoi-vong-1')).toContain('số phiếu thu về: 08');
    expect(counted('pho-khoi-vong-1')).toContain('số phiếu thu về: 07');
  });

  test('the dossier as issued holds together: units, votes, quotas, cited numbers and dates', async () => {
    const [cycle] = await api.database.db.select().from(cycles).where(eq(cycles.id, CYCLE_2023));
    const facts = await api.temporal.client.workflow
      .getHandle(cycle?.workflowId as string)
      .query(recordFactsQuery);
    const checked = await checkIssuedDossier({ db: api.database.db }, { cycleId: CYCLE_2023, facts });
    // Every round's vote-count minutes, and each record the cross-check reads.
    expect(checked.tallies).toHaveLength(5);
    expect(checked.records.map((r) => r.record).sort()).toEqual(
      [
        'conferenceMinutes',
        'proposal',
        'nominationList',
        'yearEndReport',
        ...nominees.map(() => 'achievementReport'),
      ].sort(),
    );
  });

  test('numbers run in sequence per series, none reused; the conference minutes kept theirs', async () => {
    const rows = await api.database.db.select().from(documents).where(eq(documents.cycleId, CYCLE_2023));
    const series = new Map<DocumentTypeCode | string, Map<number, Set<string>>>();
    for (const row of rows) {
      if (!row.numberLabel || row.recordType === 'decision') continue;
      const { number, typeCode } = parseDocumentNumber(row.numberLabel);
      const key = `${typeCode ?? ''}:${row.year}`;
      const numbers = series.get(key) ?? new Map<number, Set<string>>();
      numbers.set(number, (numbers.get(number) ?? new Set()).add(row.documentGroupId));
      series.set(key, numbers);
    }
    const year = new Date().getFullYear();
    expect([...series.keys()].sort()).toEqual([`BB:${year}`, `BC:${year}`, `TTr:${year}`]);
    for (const [key, numbers] of series) {
      const sorted = [...numbers.keys()].sort((a, b) => a - b);
      expect(sorted, key).toEqual(sorted.map((_, i) => i + 1));
      for (const [n, groups] of numbers) expect(groups.size, `${key} ${n} names one document`).toBe(1);
    }
    const minutesAfter = rows
      .filter((d) => d.recordType === 'conferenceMinutes')
      .map(({ id, numberLabel, issuedAt, sha256 }) => ({ id, numberLabel, issuedAt, sha256 }));
    expect(minutesAfter).toEqual(minutesBefore);
  });
});
