import type { ErrorCode } from '@thidua/domain';
import { describe, expect, it } from 'vitest';
import { buildDossier } from '../src/dossier';
import { DocumentDataError } from '../src/errors';
import {
  buildBallot,
  buildConferenceMinutes,
  buildDecision,
  buildProposal,
  buildScoreSummary,
  buildTallyMinutes,
  buildYearEndReport,
} from '../src/index';
import { demoDossierInput as demo } from './sample';
import { award, unitRef } from './sample/context';

async function refusal(promise: Promise<unknown>): Promise<DocumentDataError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DocumentDataError) return error;
    throw error;
  }
  throw new Error('expected a DocumentDataError, the builder accepted the data');
}

const expectRefused = async (promise: Promise<unknown>, code: ErrorCode, text: string | RegExp) => {
  const error = await refusal(promise);
  expect(error.code).toBe(code);
  expect(error.message).toMatch(text);
};

const FLAG = award('provincialFlag');
const CERTIFICATE = award('certificateOfMerit');
const UNITS = {
  thanhTra: unitRef('u-ttt'),
  quanSu: unitRef('u-bchqs'),
  tuPhap: unitRef('u-stp'),
  congAn: unitRef('u-cat'),
};

describe('refuses inconsistent data with a coded Vietnamese error', () => {
  it('a proposal for a unit without a passing vote', async () => {
    const proposal = { ...demo.proposal, proposals: [{ award: CERTIFICATE, units: [UNITS.congAn] }] };
    await expectRefused(
      buildProposal(proposal),
      'PROPOSAL_WITHOUT_PASSING_VOTE',
      'Công an tỉnh không đạt số phiếu',
    );
  });

  it('a proposal for a unit that passed for another award only', async () => {
    const proposal = { ...demo.proposal, proposals: [{ award: FLAG, units: [UNITS.quanSu] }] };
    await expectRefused(buildProposal(proposal), 'PROPOSAL_WITHOUT_PASSING_VOTE', 'Cờ thi đua của UBND tỉnh');
  });

  it('proposals over the quota', async () => {
    const proposal = {
      ...demo.proposal,
      proposals: [{ award: FLAG, units: [UNITS.thanhTra, UNITS.quanSu] }],
    };
    await expectRefused(buildProposal(proposal), 'QUOTA_EXCEEDED', 'vượt chỉ tiêu 1 đơn vị');
  });

  it('more passed units than seats in a tally', async () => {
    const results = [
      {
        award: FLAG,
        rows: [
          { unit: UNITS.thanhTra, votes: 8, passed: true },
          { unit: UNITS.congAn, votes: 6, passed: true },
        ],
      },
    ];
    await expectRefused(
      buildTallyMinutes({ ...demo.tallyMinutes[0]!, results }),
      'QUOTA_EXCEEDED',
      'chỉ tiêu là 1',
    );
  });

  it('a passed row below the threshold, and ballots that do not add up', async () => {
    const results = [{ award: FLAG, rows: [{ unit: UNITS.thanhTra, votes: 4, passed: true }] }];
    await expectRefused(
      buildTallyMinutes({ ...demo.tallyMinutes[0]!, results }),
      'INCONSISTENT_COUNTS',
      'Thanh tra tỉnh: 4 phiếu',
    );
    const ballots = { issued: 9, received: 9, valid: 9, invalid: 1 };
    await expectRefused(
      buildTallyMinutes({ ...demo.tallyMinutes[0]!, ballots }),
      'INCONSISTENT_COUNTS',
      'Số phiếu không khớp',
    );
  });

  it('a decision without a proposal, or awarding a unit nobody proposed', async () => {
    const { proposal: _omit, ...withoutProposal } = demo.decision!;
    await expectRefused(buildDecision(withoutProposal), 'DECISION_WITHOUT_PROPOSAL', 'phải căn cứ Tờ trình');
    const awards = [{ award: CERTIFICATE, coefficient: 2, units: [UNITS.congAn], reason: 'x' }];
    await expectRefused(
      buildDecision({ ...demo.decision!, awards }),
      'DECISION_WITHOUT_PROPOSAL',
      'Công an tỉnh chưa được đề nghị',
    );
  });

  it('a missing or malformed number', async () => {
    const meta = (number: string) => ({ ...demo.proposal.meta, number });
    await expectRefused(
      buildProposal({ ...demo.proposal, meta: meta('') }),
      'MISSING_NUMBER',
      'Thiếu số, ký hiệu',
    );
    await expectRefused(
      buildProposal({ ...demo.proposal, meta: meta('1/TTr-KTĐNC') }),
      'INVALID_DOCUMENT_NUMBER',
      'NN/TTr-',
    );
    await expectRefused(
      buildProposal({ ...demo.proposal, meta: meta('01 / TTr-KTĐNC') }),
      'INVALID_DOCUMENT_NUMBER',
      'không đúng dạng',
    );
    await expectRefused(
      buildYearEndReport({
        ...demo.yearEndReport,
        meta: { ...demo.yearEndReport.meta, number: '15/TTr-KTĐNC' },
      }),
      'INVALID_DOCUMENT_NUMBER',
      'NN/BC-',
    );
    const { number: _n, ...numberless } = demo.conferenceMinutes.meta;
    await expectRefused(
      buildConferenceMinutes({
        ...demo.conferenceMinutes,
        meta: numberless as typeof demo.conferenceMinutes.meta,
      }),
      'MISSING_NUMBER',
      'Thiếu số',
    );
    await expectRefused(
      buildDecision({ ...demo.decision!, date: '2023-01-20' }),
      'MISSING_NUMBER',
      'thiếu số',
    );
  });

  it('a missing or impossible date', async () => {
    await expectRefused(
      buildProposal({ ...demo.proposal, meta: { ...demo.proposal.meta, date: '' } }),
      'INVALID_DATE',
      'Thiếu hoặc sai ngày',
    );
    await expectRefused(
      buildProposal({ ...demo.proposal, meta: { ...demo.proposal.meta, date: '2023-02-29' } }),
      'INVALID_DATE',
      'Ngày không tồn tại',
    );
  });

  it('scores outside a group maximum', async () => {
    const rows = [
      { unit: UNITS.thanhTra, self: [51, 15, 15, 10, 10, 3, 0], reviewed: [50, 15, 15, 10, 10, 3, 0] },
    ];
    await expectRefused(
      buildScoreSummary({ ...demo.scoreSummary!, rows }),
      'INVALID_SCORE',
      'ngoài khoảng 0–50',
    );
  });

  it('a ranking that contradicts the totals', async () => {
    const rows = demo.scoreSummary!.rows.map((r, i, all) => ({ ...r, rank: all.length - i }));
    await expectRefused(
      buildScoreSummary({ ...demo.scoreSummary!, rows }),
      'INVALID_SCORE',
      'Thứ hạng không khớp',
    );
  });

  it('a ballot without candidates', async () => {
    await expectRefused(
      buildBallot({ ...demo.ballots[0]!, candidates: [] }),
      'EMPTY_LIST',
      'không được để trống',
    );
  });

  it('a dossier whose records disagree', async () => {
    const reports = demo.achievementReports.filter((r) => r.unitId !== UNITS.tuPhap.id);
    await expectRefused(
      buildDossier({ ...demo, achievementReports: reports }),
      'MISSING_FIELD',
      'Thiếu Báo cáo thành tích (Mẫu 02) của Sở Tư pháp',
    );
    const rows = demo.nominationList.rows.slice(0, 2);
    await expectRefused(
      buildDossier({ ...demo, nominationList: { ...demo.nominationList, rows } }),
      'INCONSISTENT_COUNTS',
      'không khớp',
    );
    const decision = { ...demo.decision!, proposal: { ...demo.decision!.proposal!, number: '02/TTr-KTĐNC' } };
    await expectRefused(
      buildDossier({ ...demo, decision }),
      'DECISION_WITHOUT_PROPOSAL',
      'Tờ trình số 01/TTr-KTĐNC',
    );
  });
});
