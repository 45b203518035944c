import type * as Docs from '@thidua/documents';
import {
  countingBoardRoleLabels,
  DomainError,
  formatDecimal,
  type TallyResult,
  vietnamTime,
  voteKindLabels,
} from '@thidua/domain';
import type { Context, Planned } from './context';
import { basisOf, fileKind, type RecordParts } from './shared';

/** The vote-count minutes of every award round and the conference minutes, from the recorded session. */
export function planMinutes(ctx: Context, docs: typeof Docs, p: RecordParts): Planned[] {
  const {
    f,
    issuer,
    unit,
    awardTallies,
    awardVote,
    finalResults,
    basis,
    conference,
    n,
    electedResult,
    tallyLines,
  } = p;
  const planned: Planned[] = [];
  // Leadership rounds are reported in the conference minutes (the election), award rounds each get
  // their own Biên bản kiểm phiếu.
  const session = ctx.session;
  const sessionPlace = ctx.sessionPlace;
  if (!session || !sessionPlace) {
    throw new DomainError(
      'RECORD_FACT_MISSING',
      'Chưa ghi thông tin phiên họp (ngày, giờ, địa điểm, chủ trì, thư ký, Ban kiểm phiếu): hãy nhập tại màn hình Hội nghị → Thành phần tham dự.',
    );
  }
  const person = (p: { name: string; post: string }): Docs.Person => ({ name: p.name, post: p.post });
  const board: Docs.CountingBoardMember[] = session.countingBoard.map((m) => ({
    person: person(m),
    role: countingBoardRoleLabels[m.role],
  }));
  const minutesMeta = (number: string | null) => ({
    number: n('BB', number),
    date: session.heldOn,
    place: sessionPlace,
  });
  const countTimes = (t: TallyResult) => {
    const round = f.rounds.find((r) => r.voteKind === t.voteKind && r.roundNumber === t.roundNumber);
    if (!round?.countStartedAt || !round.countedAt) {
      throw new DomainError(
        'RECORD_FACT_MISSING',
        `Vòng ${t.roundNumber} bỏ phiếu ${voteKindLabels[t.voteKind]} chưa có giờ kiểm phiếu.`,
      );
    }
    return { startTime: vietnamTime(round.countStartedAt), endTime: vietnamTime(round.countedAt) };
  };
  for (const t of awardTallies) {
    planned.push({
      recordType: 'tallyMinutes',
      series: 'BB',
      title: `Biên bản kiểm phiếu ${voteKindLabels[t.voteKind]} vòng ${t.roundNumber}`,
      fileBase: `bien-ban-kiem-phieu-${fileKind[t.voteKind]}-vong-${t.roundNumber}`,
      build: (number) =>
        docs.buildTallyMinutes({
          issuer,
          meta: minutesMeta(number),
          round: t.roundNumber,
          conference,
          venue: session.venue,
          ...countTimes(t),
          board,
          memberCount: t.members,
          presentCount: t.present,
          ballots: {
            issued: t.ballotsIssued,
            received: t.ballotsReceived,
            valid: t.validBallots,
            invalid: t.invalidBallots,
          },
          basis: basisOf(t),
          results: [awardVote(t)],
          conclusion: [t.conclusion],
        }),
    });
  }
  const head2 = f.elected.headUnitId;
  const deputy = f.elected.deputyUnitId;
  const confirmedAt = f.resultsConfirmedAt;
  if (!confirmedAt) {
    throw new DomainError('RECORD_FACT_MISSING', 'Hội nghị chưa xác nhận kết quả bình xét.');
  }
  const presentNames = f.presentUnitIds.map(ctx.unitName);
  if (!head2 || !deputy) {
    throw new DomainError(
      'RECORD_FACT_MISSING',
      `Biên bản Hội nghị cần kết quả bầu Trưởng Khối và Phó Khối năm ${f.year + 1}: hãy hoàn thành các vòng bầu tại màn hình Hội nghị.`,
    );
  }
  planned.push({
    recordType: 'conferenceMinutes',
    series: 'BB',
    title: `Biên bản Hội nghị tổng kết năm ${f.year}`,
    fileBase: 'bien-ban-hoi-nghi',
    build: (number) =>
      docs.buildConferenceMinutes({
        issuer,
        meta: minutesMeta(number),
        subject: `Hội nghị tổng kết công tác thi đua, khen thưởng năm ${f.year}`,
        startTime: session.startTime,
        endTime: vietnamTime(confirmedAt),
        venue: session.venue,
        attendees: [
          `Đại diện lãnh đạo các đơn vị thành viên ${ctx.blocShort} có mặt: ${presentNames.join(', ')}`,
          ...session.guests,
        ],
        chair: {
          name: session.chair.name,
          post:
            session.chair.unitId === f.headUnitId
              ? `${session.chair.post}, Trưởng khối năm ${f.year}`
              : session.chair.post,
        },
        secretary: person(session.secretary),
        proceedings: [
          {
            heading: '1. Kết quả chấm điểm, xếp hạng',
            paragraphs: f.ranking.map(
              (r) => `${r.position}. ${ctx.unitName(r.unitId)}: ${formatDecimal(r.total)} điểm.`,
            ),
          },
          { heading: '2. Kết quả bình xét, suy tôn', paragraphs: tallyLines },
        ],
        vote: { basis, results: finalResults, tallyNumbers: [] },
        election: {
          year: f.year + 1,
          head: unit(head2),
          deputy: unit(deputy),
          headResult: electedResult('blocHead', head2),
          deputyResult: electedResult('blocDeputy', deputy),
        },
        recipients: ['Ban Thi đua - Khen thưởng, Sở Nội vụ', 'Các đơn vị trong Khối', 'Lưu: VT, Hồ sơ'],
      }),
  });
  return planned;
}
