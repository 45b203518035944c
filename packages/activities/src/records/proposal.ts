import type * as Docs from '@thidua/documents';
import { formatDateShort, formatDecimal } from '@thidua/domain';
import { type Context, dossierRecord, numbered, type Planned, recordedSession } from './context';
import { blocHeadSigner, type RecordParts } from './shared';

/**
 * The Tờ trình to the Chairman of the UBND and the Danh sách attached to it. The Tờ trình rests on
 * the conference's minutes (cited by number and date, as are the vote-count minutes it attaches).
 */
export function planProposal(
  ctx: Context,
  docs: typeof Docs,
  p: RecordParts,
  tallyNumbers: readonly string[],
): Planned[] {
  const { f, issuer, unit, award, nominated, roundBasis, proposals, basis, legalBases } = p;
  const { session } = recordedSession(ctx);
  const conference = `Hội nghị tổng kết công tác thi đua, khen thưởng năm ${f.year} ngày ${formatDateShort(session.heldOn)}`;
  const position = (unitId: string) => {
    const r = f.ranking.find((x) => x.unitId === unitId);
    return r
      ? `; tổng điểm thẩm định ${formatDecimal(r.total)} điểm, xếp thứ ${r.position} trong ${f.ranking.length} đơn vị của ${ctx.blocShort}`
      : '';
  };
  const none = f.nominations.length === 0;
  // An award nobody was nominated for is still reported, with the figures of its last round.
  const results = (['provincialFlag', 'certificateOfMerit'] as const).flatMap((k) => {
    const final = p.finalResults.filter((r) => r.award.kind === k);
    if (final.length > 0) return final;
    const last = p.awardTallies.filter((t) => t.voteKind === k).at(-1);
    return last ? [p.awardVote(last)] : [];
  });
  const signer = blocHeadSigner(ctx);
  const planned: Planned[] = [];
  planned.push({
    recordType: 'proposal',
    series: 'TTr',
    title: `Tờ trình đề nghị khen thưởng năm ${f.year}`,
    fileBase: 'to-trinh',
    date: ctx.date,
    proposes: true,
    ...dossierRecord(
      'proposal',
      (issue, cite) => {
        const minutes = cite('bien-ban-hoi-nghi');
        return {
          issuer,
          meta: {
            number: numbered(issue, 'Tờ trình'),
            date: ctx.date,
            place: ctx.place,
            version: issue.version,
          },
          subject: none
            ? `Về việc kết quả bình xét, suy tôn thi đua năm ${f.year}`
            : `Về việc đề nghị tặng Cờ thi đua của UBND tỉnh và Bằng khen của Chủ tịch UBND tỉnh năm ${f.year}`,
          addressee: {
            to: `Chủ tịch Ủy ban nhân dân tỉnh ${ctx.provinceName}`,
            via: 'Ban Thi đua - Khen thưởng, Sở Nội vụ',
          },
          legalBases: [
            ...legalBases,
            `Căn cứ Biên bản Hội nghị tổng kết công tác thi đua, khen thưởng năm ${f.year} của ${ctx.blocShort} số ${minutes.number} ngày ${formatDateShort(minutes.date)}`,
          ],
          summary: [
            `Năm ${f.year}, các đơn vị thành viên ${ctx.blocShort} đã thực hiện tốt phong trào thi đua.`,
          ],
          vote: { conference, basis, results },
          proposals,
          attachments: [
            ...(none
              ? []
              : [
                  'Danh sách tập thể đề nghị khen thưởng',
                  'Báo cáo thành tích của các tập thể đề nghị khen thưởng',
                ]),
            `Biên bản Hội nghị tổng kết số ${minutes.number} và các Biên bản kiểm phiếu số ${tallyNumbers.join(', ')}`,
            `Báo cáo tổng kết công tác thi đua, khen thưởng năm ${f.year}`,
          ],
          signer,
          recipients: ['Như trên', 'Các đơn vị trong Khối', `Lưu: VT, ${ctx.issuerCode}`],
        };
      },
      docs.buildProposal,
    ),
  });
  // A year with no proposal has no list to attach (the Tờ trình says so).
  if (f.nominations.length === 0) return planned;
  planned.push({
    recordType: 'nomineeList',
    series: null,
    title: `Danh sách tập thể đề nghị khen thưởng năm ${f.year}`,
    fileBase: 'danh-sach-de-nghi',
    date: ctx.date,
    proposes: true,
    ...dossierRecord(
      'nominationList',
      (issue, cite) => ({
        issuer,
        year: f.year,
        attachedTo: { ...cite('to-trinh'), issuerName: ctx.blocShort },
        version: issue.version,
        basis,
        rows: f.nominations.map((x) => ({
          unit: unit(x.unitId),
          award: award(x.award, nominated(x.award).length),
          summary: `Hoàn thành xuất sắc nhiệm vụ năm ${f.year}${position(x.unitId)}.`,
          votes: x.votes,
          basis: roundBasis(x.roundId),
        })),
        signer,
      }),
      docs.buildNominationList,
    ),
  });
  return planned;
}
