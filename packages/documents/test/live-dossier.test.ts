import { DomainError } from '@thidua/domain';
import { describe, expect, it } from 'vitest';
import type { AwardVote, NominationListInput, ProposalInput, UnitRef, VoteBasis } from '../src/types';
import { checkLiveDossier, type IssuedTally, type LiveDossier } from '../src/validate/live-dossier';
import { demoDossierInput as demo } from './sample';

// A year in which A took the flag on 8/9 and, for the certificate, C won round 1 on 7/9 and B the
// runoff on 3/3 (a runoff counts its own ballots).
const A: UnitRef = { id: 'A', name: 'Công an tỉnh' };
const B: UnitRef = { id: 'B', name: 'Bộ CHQS tỉnh' };
const C: UnitRef = { id: 'C', name: 'Thanh tra tỉnh' };
const flag = { kind: 'provincialFlag', name: 'Cờ thi đua của UBND tỉnh', seats: 1 } as const;
const cert = { kind: 'certificateOfMerit', name: 'Bằng khen của Chủ tịch UBND tỉnh', seats: 2 } as const;
const of = (count: number): VoteBasis => ({
  denominator: { kind: 'received', count },
  threshold: { percent: 50, strict: true },
});

const tallies: IssuedTally[] = [
  {
    title: 'Biên bản kiểm phiếu Cờ thi đua của UBND tỉnh vòng 1',
    number: '01/BB-KTĐNC',
    date: '2023-01-04',
    voteKind: 'provincialFlag',
    denominator: 9,
    rows: [
      { unitId: 'A', votes: 8, elected: true },
      { unitId: 'B', votes: 1, elected: false },
    ],
  },
  {
    title: 'Biên bản kiểm phiếu Bằng khen của Chủ tịch UBND tỉnh vòng 1',
    number: '02/BB-KTĐNC',
    date: '2023-01-04',
    voteKind: 'certificateOfMerit',
    denominator: 9,
    rows: [
      { unitId: 'C', votes: 7, elected: true },
      { unitId: 'B', votes: 3, elected: false },
    ],
  },
  {
    title: 'Biên bản kiểm phiếu Bằng khen của Chủ tịch UBND tỉnh vòng 2',
    number: '03/BB-KTĐNC',
    date: '2023-01-04',
    voteKind: 'certificateOfMerit',
    denominator: 3,
    rows: [{ unitId: 'B', votes: 3, elected: true }],
  },
];

const results: AwardVote[] = [
  { award: flag, rows: [{ unit: A, votes: 8, passed: true, basis: of(9) }] },
  {
    award: cert,
    rows: [
      { unit: C, votes: 7, passed: true, basis: of(9) },
      { unit: B, votes: 3, passed: true, basis: of(3) },
    ],
  },
];

const proposal: ProposalInput = {
  ...demo.proposal,
  meta: { number: '01/TTr-KTĐNC', date: '2023-01-10', place: 'Bắc Kạn' },
  vote: { conference: 'Hội nghị tổng kết', basis: of(9), results },
  proposals: [
    { award: flag, units: [A] },
    { award: cert, units: [C, B] },
  ],
};

const list: NominationListInput = {
  ...demo.nominationList,
  attachedTo: { number: '01/TTr-KTĐNC', date: '2023-01-10', issuerName: 'Khối thi đua Nội chính' },
  basis: of(9),
  rows: [
    { unit: A, award: flag, summary: '', votes: 8, basis: of(9) },
    { unit: C, award: cert, summary: '', votes: 7, basis: of(9) },
    { unit: B, award: cert, summary: '', votes: 3, basis: of(3) },
  ],
};

const live = (change: Partial<{ [K in keyof LiveDossier]: LiveDossier[K] }> = {}): LiveDossier => ({
  conferenceDate: '2023-01-04',
  quotas: { provincialFlag: 1, certificateOfMerit: 3 },
  tallies,
  records: [
    {
      record: 'conferenceMinutes',
      input: {
        ...demo.conferenceMinutes,
        meta: { number: '04/BB-KTĐNC', date: '2023-01-04', place: 'Bắc Kạn' },
        vote: { basis: of(9), results, tallyNumbers: ['01/BB-KTĐNC', '02/BB-KTĐNC', '03/BB-KTĐNC'] },
      },
    },
    { record: 'proposal', input: proposal },
    { record: 'nominationList', input: list },
    {
      record: 'yearEndReport',
      input: { ...demo.yearEndReport, meta: { number: '01/BC-KTĐNC', date: '2023-01-10', place: 'Bắc Kạn' } },
    },
  ],
  ...change,
});

/** The same set with one record's input changed. */
const withRecord = (record: string, change: (input: never) => object): LiveDossier => {
  const base = live();
  return {
    ...base,
    records: base.records.map((r) =>
      r.record === record ? ({ ...r, input: change(r.input as never) } as typeof r) : r,
    ),
  };
};

const refusal = (d: LiveDossier): string => {
  try {
    checkLiveDossier(d);
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('DOSSIER_INCONSISTENT');
    return (error as DomainError).message;
  }
  throw new Error('the dossier was accepted');
};

describe('checkLiveDossier', () => {
  it('accepts a dossier whose records agree', () => {
    expect(() => checkLiveDossier(live())).not.toThrow();
  });

  it('(1) refuses a Danh sách naming other units than the Tờ trình', () => {
    const message = refusal(
      withRecord('nominationList', (l: NominationListInput) => ({ ...l, rows: l.rows.slice(0, 2) })),
    );
    expect(message).toBe(
      'Danh sách ghi Thanh tra tỉnh được đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh nhưng Tờ trình đề nghị Thanh tra tỉnh, Bộ CHQS tỉnh.',
    );
  });

  it('(1) refuses conference minutes whose vote results name other units', () => {
    const message = refusal(
      withRecord('conferenceMinutes', (m: { vote: object }) => ({
        ...m,
        vote: { ...m.vote, results: [results[1]] },
      })),
    );
    expect(message).toContain('Biên bản Hội nghị ghi không đơn vị nào được đề nghị tặng Cờ thi đua');
  });

  it('(2) refuses a nominee whose denominator is not that of the round that elected it', () => {
    const message = refusal(
      withRecord('nominationList', (l: NominationListInput) => ({
        ...l,
        rows: l.rows.map((r) => (r.unit.id === 'B' ? { ...r, basis: of(9) } : r)),
      })),
    );
    expect(message).toBe(
      'Danh sách ghi Bộ CHQS tỉnh 3/9 phiếu nhưng Biên bản kiểm phiếu Bằng khen của Chủ tịch UBND tỉnh vòng 2 ghi 3/3.',
    );
  });

  it('(2) refuses votes that differ from the tally', () => {
    const message = refusal(
      withRecord('proposal', (p: ProposalInput) => ({
        ...p,
        vote: {
          ...p.vote,
          results: [{ award: flag, rows: [{ unit: A, votes: 9, passed: true, basis: of(9) }] }, results[1]],
        },
      })),
    );
    expect(message).toBe(
      'Tờ trình ghi Công an tỉnh 9/9 phiếu nhưng Biên bản kiểm phiếu Cờ thi đua của UBND tỉnh vòng 1 ghi 8/9.',
    );
  });

  it('(2) refuses a nominee no vote-count minutes elected', () => {
    const lost = tallies.map((t) =>
      t.number === '03/BB-KTĐNC' ? { ...t, rows: [{ unitId: 'B', votes: 3, elected: false }] } : t,
    );
    const message = refusal(live({ tallies: lost }));
    expect(message).toContain(
      'Bộ CHQS tỉnh trúng Bằng khen của Chủ tịch UBND tỉnh nhưng không Biên bản kiểm phiếu',
    );
  });

  it('(3) refuses proposals over the year’s quota', () => {
    const message = refusal(live({ quotas: { provincialFlag: 1, certificateOfMerit: 1 } }));
    expect(message).toBe(
      'Tờ trình đề nghị 2 đơn vị tặng Bằng khen của Chủ tịch UBND tỉnh, vượt chỉ tiêu 1 đơn vị của năm.',
    );
  });

  it('(4) refuses a Danh sách attached to another Tờ trình', () => {
    const message = refusal(
      withRecord('nominationList', (l: NominationListInput) => ({
        ...l,
        attachedTo: { ...l.attachedTo, date: '2023-01-09' },
      })),
    );
    expect(message).toBe(
      'Danh sách ghi kèm theo Tờ trình số 01/TTr-KTĐNC ngày 09/01/2023 nhưng Tờ trình mang số 01/TTr-KTĐNC ngày 10/01/2023.',
    );
  });

  it('(4) refuses conference minutes citing other vote-count minutes than those issued', () => {
    const message = refusal(
      live({ tallies: [...tallies, { ...tallies[0], number: '05/BB-KTĐNC' } as IssuedTally] }),
    );
    expect(message).toBe(
      'Biên bản Hội nghị dẫn các Biên bản kiểm phiếu số 01/BB-KTĐNC, 02/BB-KTĐNC, 03/BB-KTĐNC nhưng các Biên bản kiểm phiếu đã ban hành mang số 01/BB-KTĐNC, 02/BB-KTĐNC, 03/BB-KTĐNC, 05/BB-KTĐNC.',
    );
  });

  it('(5) refuses a record dated before the conference', () => {
    const message = refusal(
      withRecord('yearEndReport', (y: { meta: object }) => ({
        ...y,
        meta: { ...y.meta, date: '2023-01-03' },
      })),
    );
    expect(message).toBe('Báo cáo tổng kết ghi ngày 03/01/2023, trước ngày Hội nghị tổng kết 04/01/2023.');
  });

  it('(5) refuses a malformed number', () => {
    const message = refusal(
      withRecord('proposal', (p: ProposalInput) => ({ ...p, meta: { ...p.meta, number: '1/TTr-KTĐNC' } })),
    );
    expect(message).toBe('Tờ trình mang số "1/TTr-KTĐNC" không đúng dạng số, ký hiệu văn bản.');
  });
});
