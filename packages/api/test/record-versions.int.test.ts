/**
 * A year whose dossier goes back and forth: the flag round counts 9 ballots, the certificate runoff
 * only 3; UBND returns the dossier once (resubmitted as it was), then cuts a nomination and returns
 * it again, then decides. The records are versions of one document each, numbered once; the
 * conference's minutes never change; citations follow the current Tờ trình; each nominee is printed
 * with its own round's figures.
 */
import { listCycleDocuments } from '@thidua/db';
import { documents } from '@thidua/db/schema';
import { and, asc, eq } from 'drizzle-orm';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { CycleDriver, ruleSetOnBallotsReceived, UNITS } from '../../workflows/test/support/cycle-driver';
import { dossierZip } from '../src/services/files/dossier-zip';
import { drivenYearsOfFile } from './helpers/driven-year';
import { waitFor } from './helpers/wait';

const years = drivenYearsOfFile('thidua_api_versions');

type Row = typeof documents.$inferSelect;

const textOf = (bytes: Uint8Array | Buffer) =>
  strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml'] ?? new Uint8Array()).replace(
    /<[^>]+>/g,
    '',
  );

describe.sequential('a returned and cut dossier keeps one document per record', () => {
  let c: CycleDriver;
  let cycleId: string;
  const all = () =>
    years.database.db
      .select()
      .from(documents)
      .where(eq(documents.cycleId, cycleId))
      .orderBy(asc(documents.createdAt), asc(documents.version));
  const current = async (fileName: string) => {
    const rows = (await all()).filter(
      (d) => d.fileName === fileName && (d.status === 'issued' || d.status === 'signed'),
    );
    expect(rows, fileName).toHaveLength(1);
    return rows[0] as Row;
  };
  const ready = () =>
    waitFor(
      async () => (await c.state()).dossier.status,
      (status) => status === 'ready',
      60_000,
    );
  let firstMinutes: Row[] = [];
  let firstProposal: Row;

  test('the conference: flag round of 9 ballots, certificate runoff of 3', async () => {
    // Each round counts its own ballots received: the runoff's three are its denominator.
    c = await new CycleDriver(years.harness, { year: 2051, ruleSet: ruleSetOnBallotsReceived(2051) }).start();
    cycleId = (await c.state()).cycleId;
    await c.toConference();
    await c.attendance();
    await c.unanimous('provincialFlag', ['u-snv']);
    // Sở Tư pháp 9, Thanh tra 8, then Bộ CHQS and Công an tie at 5 of 9 for the last seat.
    const cert = await c.open('certificateOfMerit');
    const third = (i: number) =>
      i < 4 ? ['u-ttt', 'u-bchqs'] : i < 8 ? ['u-ttt', 'u-cat'] : ['u-bchqs', 'u-cat'];
    await c.vote(cert.roundId, Object.fromEntries(UNITS.map((u, i) => [u, ['u-stp', ...third(i)]])));
    const tie = await c.close(cert.roundId);
    expect(tie).toMatchObject({ outcome: 'runoff' });
    // Only three delegates cast a ballot in the runoff before the chair closes it, naming the six others.
    const runoff = tie.runoffRoundId as string;
    await c.vote(runoff, Object.fromEntries(UNITS.slice(0, 3).map((u) => [u, ['u-bchqs']])));
    expect(await c.close(runoff, UNITS.slice(3))).toMatchObject({
      outcome: 'decided',
      electedIds: ['u-bchqs'],
    });
    await c.electLeaders('u-cat', 'u-tand');
    await c.step('confirmResults', 'head', {});
    await ready();
    firstMinutes = (await all()).filter((d) => d.series === 'BB');
    expect(firstMinutes.map((d) => d.fileName).sort()).toEqual([
      'bien-ban-hoi-nghi.docx',
      'bien-ban-kiem-phieu-bang-khen-vong-1.docx',
      'bien-ban-kiem-phieu-bang-khen-vong-2.docx',
      'bien-ban-kiem-phieu-co-thi-dua-vong-1.docx',
      'bien-ban-kiem-phieu-pho-khoi-vong-1.docx',
      'bien-ban-kiem-phieu-truong-khoi-vong-1.docx',
    ]);
    firstProposal = await current('to-trinh.docx');
    expect(firstProposal.version).toBe(1);
    // Each nominee with the figures of the round that elected it.
    const proposal = textOf(firstProposal.bytes as Buffer);
    expect(proposal).toContain('9/9 phiếu đồng ý');
    expect(proposal).toContain('3/3 phiếu đồng ý (100');
    expect(proposal).not.toContain('3/9');
    const list = textOf((await current('danh-sach-de-nghi.docx')).bytes as Buffer);
    expect(list).toContain('3/3');
    expect(list).not.toContain('3/9');
    expect(list).toContain(`Kèm theo Tờ trình số ${firstProposal.numberLabel}`);
    // The conference minutes cite the vote-count minutes by number.
    const conference = firstMinutes.find((d) => d.recordType === 'conferenceMinutes') as Row;
    const conferenceText = textOf(conference.bytes as Buffer);
    for (const t of firstMinutes.filter((d) => d.recordType === 'tallyMinutes'))
      expect(conferenceText).toContain(t.numberLabel as string);
    expect(conferenceText).toContain('3/3 phiếu');
  });

  test('a plain return: the Tờ trình is Bản 2 of the same number; the minutes stay as issued', async () => {
    await c.step('submitProposal', 'head', {});
    await c.step('returnProposal', 'committee', { reason: 'Bổ sung chữ ký.' });
    await ready();
    const proposal = await current('to-trinh.docx');
    expect(proposal).toMatchObject({
      documentGroupId: firstProposal.documentGroupId,
      version: 2,
      number: firstProposal.number,
      numberLabel: firstProposal.numberLabel,
    });
    expect(textOf(proposal.bytes as Buffer)).toContain('Bản 2');
    const [old] = (await all()).filter((d) => d.id === firstProposal.id);
    expect(old?.status).toBe('superseded');
    const list = await current('danh-sach-de-nghi.docx');
    expect(list.version).toBe(2);
    expect(textOf(list.bytes as Buffer)).toContain(`Kèm theo Tờ trình số ${proposal.numberLabel}`);
    const minutes = (await all()).filter((d) => d.series === 'BB');
    expect(
      minutes.map(({ id, numberLabel, issuedAt, sha256 }) => ({ id, numberLabel, issuedAt, sha256 })),
    ).toEqual(
      firstMinutes.map(({ id, numberLabel, issuedAt, sha256 }) => ({ id, numberLabel, issuedAt, sha256 })),
    );
  });

  test('a cut and a return: a new Tờ trình with a new number, the returned one withdrawn', async () => {
    await c.step('submitProposal', 'head', {});
    await c.step('cutNomination', 'committee', {
      nominationId: `${cycleId}:certificateOfMerit:u-ttt`,
      reason: 'Chưa đủ điều kiện thời gian.',
    });
    await c.step('returnProposal', 'committee', { reason: 'Lập lại Tờ trình theo danh sách đã rút.' });
    await ready();
    const proposal = await current('to-trinh.docx');
    expect(proposal.documentGroupId).not.toBe(firstProposal.documentGroupId);
    expect(proposal.version).toBe(1);
    expect(proposal.number).toBe((firstProposal.number as number) + 1);
    const returned = (await all()).filter((d) => d.documentGroupId === firstProposal.documentGroupId);
    expect(returned.map((d) => d.status)).toEqual(['superseded', 'withdrawn']);
    const list = await current('danh-sach-de-nghi.docx');
    expect(textOf(list.bytes as Buffer)).toContain(`Kèm theo Tờ trình số ${proposal.numberLabel}`);
  });

  test('the decision cites the current Tờ trình; numbers run in sequence; the zip holds the current records', async () => {
    await c.step('submitProposal', 'head', {});
    await c.step('acceptProposal', 'committee', {});
    await c.decide(
      '51/QĐ-UBND',
      { 'u-snv': 'provincialFlag', 'u-stp': 'certificateOfMerit', 'u-bchqs': 'certificateOfMerit' },
      { signerName: 'Hoàng Minh Đức', signerTitle: 'Phó Chủ tịch UBND tỉnh' },
    );
    const decision = await waitFor(
      async () => (await all()).find((d) => d.recordType === 'decision'),
      (d) => d !== undefined,
      60_000,
    );
    const proposal = await current('to-trinh.docx');
    expect(textOf((decision as Row).bytes as Buffer)).toContain(proposal.numberLabel as string);

    const rows = await all();
    for (const series of ['BB', 'TTr', 'BC']) {
      const numbers = [
        ...new Set(rows.filter((d) => d.series === series).map((d) => d.number as number)),
      ].sort((a, b) => a - b);
      expect(numbers, series).toEqual(numbers.map((_, i) => i + 1));
      // A number belongs to one document.
      for (const n of numbers) {
        const groups = new Set(
          rows.filter((d) => d.series === series && d.number === n).map((d) => d.documentGroupId),
        );
        expect(groups.size, `${series} ${n}`).toBe(1);
      }
    }
    expect(rows.filter((d) => d.series === 'TTr').map((d) => d.number)).toEqual([1, 1, 2]);

    const listed = await listCycleDocuments(years.database.db, cycleId);
    expect(listed.every((d) => d.status === 'issued' || d.status === 'signed')).toBe(true);
    const names = listed.map((d) => d.fileName).sort();
    expect(new Set(names).size).toBe(names.length);
    const zip = unzipSync((await dossierZip(years.database.db, cycleId)).bytes);
    expect(Object.keys(zip).sort()).toEqual([...names, 'SHA256SUMS'].sort());
    const zipped = textOf(zip['to-trinh.docx'] as Uint8Array);
    expect(zipped).toContain(`Số: ${proposal.numberLabel}`);
    const superseded = await years.database.db
      .select()
      .from(documents)
      .where(and(eq(documents.cycleId, cycleId), eq(documents.status, 'superseded')));
    // The year-end report and each nominee's Báo cáo thành tích are issued again with each
    // regeneration (Bản 3 is current); the cut unit's report went out of the dossier with it.
    const reissued = [
      'bao-cao-thanh-tich-bo-chqs-tinh.docx',
      'bao-cao-thanh-tich-so-noi-vu.docx',
      'bao-cao-thanh-tich-so-tu-phap.docx',
      'bao-cao-tong-ket.docx',
    ];
    expect(superseded.map((d) => d.fileName).sort()).toEqual(
      [
        ...reissued,
        ...reissued,
        'bao-cao-thanh-tich-thanh-tra-tinh.docx',
        'danh-sach-de-nghi.docx',
        'to-trinh.docx',
      ].sort(),
    );
    for (const name of reissued) expect((await current(name)).version, name).toBe(3);
    const cutReport = rows.filter((d) => d.fileName === 'bao-cao-thanh-tich-thanh-tra-tinh.docx');
    expect(cutReport.map((d) => d.status)).toEqual(['superseded', 'withdrawn']);
  });
});
