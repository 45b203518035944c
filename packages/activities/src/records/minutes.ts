import type * as Docs from '@thidua/documents';
import { DomainError, formatDecimal, vietnamTime, voteKindLabels, withdrawalText } from '@thidua/domain';
import type { DocumentFacts } from '../contract';
import { type Context, dossierRecord, type Issue, numbered, type Planned, recordedSession } from './context';
import type { RecordParts } from './shared';

/** Leaders elected against the rotation rule: the warnings read out and the chair's reason. */
function rotationProceedings(year: number, elected: DocumentFacts['elected']) {
  if (!elected.rotationReason) return [];
  return [
    {
      heading: `3. Luân phiên Trưởng Khối, Phó Khối năm ${year}`,
      paragraphs: [
        ...(elected.rotationWarnings ?? []).map((w) => `Lưu ý: ${w}`),
        `Hội nghị thống nhất giữ kết quả bầu. Lý do: ${elected.rotationReason.replace(/[.;]+$/, '')}.`,
      ],
    },
  ];
}

/**
 * The conference minutes, from the recorded session. Each round's vote-count minutes were issued when
 * it was counted (records/rounds.ts); these cite their numbers.
 */
export function planMinutes(
  ctx: Context,
  docs: typeof Docs,
  p: RecordParts,
  tallyNumbers: readonly string[],
): Planned[] {
  const { f, issuer, unit, finalResults, basis, electedResult, tallyLines } = p;
  const planned: Planned[] = [];
  const { session, sessionPlace } = recordedSession(ctx);
  const person = (p: { name: string; post: string }): Docs.Person => ({ name: p.name, post: p.post });
  const minutesMeta = (issue: Issue) => ({
    number: numbered(issue, 'Biên bản Hội nghị'),
    date: session.heldOn,
    place: sessionPlace,
  });
  const head2 = f.elected.headUnitId;
  const deputy = f.elected.deputyUnitId;
  const confirmedAt = f.resultsConfirmedAt;
  if (!confirmedAt) {
    throw new DomainError('RECORD_FACT_MISSING', 'Hội nghị chưa xác nhận kết quả bình xét.');
  }
  const presentNames = f.presentUnitIds.map(ctx.unitName);
  // No deputy only when the chair confirmed the conference electing none (the reason is recorded).
  if (!head2 || (!deputy && !f.elected.rotationReason)) {
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
    date: session.heldOn,
    final: true,
    ...dossierRecord(
      'conferenceMinutes',
      (issue) => ({
        issuer,
        meta: minutesMeta(issue),
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
            paragraphs: [
              ...f.ranking.map(
                (r) => `${r.position}. ${ctx.unitName(r.unitId)}: ${formatDecimal(r.total)} điểm.`,
              ),
              ...(f.notSubmittedUnitIds ?? []).map(
                (id) => `${ctx.unitName(id)}: không nộp báo cáo, không xếp hạng.`,
              ),
            ],
          },
          {
            heading: '2. Kết quả bình xét, suy tôn',
            paragraphs: [
              ...(f.withdrawals ?? []).map(
                (w) =>
                  `${ctx.unitName(w.unitId)} ${withdrawalText(w)}; không bình xét ${voteKindLabels[w.voteKind]}.`,
              ),
              ...(f.caseExclusions ?? []).map(
                (x) =>
                  `${ctx.unitName(x.unitId)}: ${x.reasons.join('; ')}; không bình xét ${voteKindLabels[x.voteKind]}.`,
              ),
              ...tallyLines,
            ],
          },
          ...rotationProceedings(f.year + 1, f.elected),
        ],
        vote: { basis, results: finalResults, tallyNumbers },
        election: {
          year: f.year + 1,
          head: unit(head2),
          headResult: electedResult('blocHead', head2),
          deputy: deputy ? { unit: unit(deputy), result: electedResult('blocDeputy', deputy) } : null,
        },
        recipients: ['Ban Thi đua - Khen thưởng, Sở Nội vụ', 'Các đơn vị trong Khối', 'Lưu: VT, Hồ sơ'],
      }),
      docs.buildConferenceMinutes,
    ),
  });
  return planned;
}
