import type * as Docs from '@thidua/documents';
import { formatDecimal } from '@thidua/domain';
import { type Context, dossierRecord, numbered, type Planned } from './context';
import type { ReportFacts } from './report-facts';
import type { RecordParts } from './shared';

/**
 * Báo cáo tổng kết công tác thi đua, khen thưởng of the bloc: only the year's facts the system holds
 * (members, registrations, submissions, ranking, votes, proposals); the bloc writes any assessment of
 * its own on paper.
 */
export function planYearEndReport(
  ctx: Context,
  docs: typeof Docs,
  p: RecordParts,
  facts: ReportFacts | undefined,
): Planned[] {
  if (!facts) throw new Error('the year-end report needs the units submissions');
  if (!ctx.people) throw new Error('the bloc records need the people loaded for them');
  const { f } = p;
  const names = (ids: readonly string[]) => ids.map((id) => ctx.unitName(id)).join(', ');
  const count = (n: number) => String(n).padStart(2, '0');
  const members = f.units.map((u) => u.id);
  const registered = members.filter((id) => (facts.targets.get(id) ?? []).length > 0);
  const unregistered = members.filter((id) => !registered.includes(id));
  const submitted = facts.submissions.filter((s) => s.submitted);
  const onTime = submitted.filter((s) => !s.late);
  const late = submitted.filter((s) => s.late);
  const missing = facts.submissions.filter((s) => !s.submitted);
  const tierLabel = (id: string) => facts.template.tiers.find((t) => t.id === id)?.label;

  const sections: Docs.Section[] = [
    {
      heading: `I. KẾT QUẢ CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM ${f.year}`,
      children: [
        {
          heading: '1. Đơn vị thành viên',
          paragraphs: [
            `${ctx.blocShort} năm ${f.year} gồm ${count(members.length)} đơn vị: ${names(members)}.`,
          ],
        },
        {
          heading: '2. Giao ước và đăng ký thi đua',
          paragraphs: [
            `${count(registered.length)}/${count(members.length)} đơn vị đã đăng ký chỉ tiêu thi đua năm ${f.year}${
              unregistered.length > 0 ? `; chưa đăng ký: ${names(unregistered)}` : ''
            }.`,
          ],
        },
        {
          heading: '3. Gửi báo cáo tự chấm điểm',
          paragraphs: [
            `${count(onTime.length)} đơn vị gửi đúng hạn${onTime.length > 0 ? `: ${names(onTime.map((s) => s.unitId))}` : ''}.`,
            ...(late.length > 0
              ? [
                  `${count(late.length)} đơn vị gửi chậm: ${late
                    .map(
                      (s) =>
                        `${ctx.unitName(s.unitId)}${s.latePenalty > 0 ? ` (trừ ${formatDecimal(s.latePenalty)} điểm)` : ''}`,
                    )
                    .join(', ')}.`,
                ]
              : []),
            ...(missing.length > 0
              ? [`${count(missing.length)} đơn vị không gửi: ${names(missing.map((s) => s.unitId))}.`]
              : []),
          ],
        },
        {
          heading: '4. Chấm điểm, xếp hạng thi đua',
          paragraphs: [
            `Kết quả chấm điểm thẩm định theo ${facts.template.title.charAt(0).toLowerCase()}${facts.template.title.slice(1)}:`,
          ],
          items: f.ranking.map((r) => {
            const tier = tierLabel(r.tier);
            return `Thứ ${r.position}: ${ctx.unitName(r.unitId)}, ${formatDecimal(r.total)} điểm${tier ? ` (${tier.toLowerCase()})` : ''};`;
          }),
        },
        {
          heading: '5. Bình xét, suy tôn và bầu đơn vị Trưởng Khối, Phó Trưởng Khối',
          items: [
            ...p.tallyLines,
            ...(f.elected.headUnitId
              ? [
                  `Đơn vị Trưởng Khối năm ${f.year + 1}: ${ctx.unitName(f.elected.headUnitId)} (${p.electedResult('blocHead', f.elected.headUnitId)}).`,
                ]
              : []),
            ...(f.elected.deputyUnitId
              ? [
                  `Đơn vị Phó Trưởng Khối năm ${f.year + 1}: ${ctx.unitName(f.elected.deputyUnitId)} (${p.electedResult('blocDeputy', f.elected.deputyUnitId)}).`,
                ]
              : f.elected.headUnitId
                ? [`Hội nghị không bầu được đơn vị Phó Trưởng Khối năm ${f.year + 1}.`]
                : []),
          ],
        },
      ],
    },
    {
      heading: 'II. ĐỀ NGHỊ KHEN THƯỞNG',
      ...(p.proposals.length > 0
        ? {
            items: p.proposals.map(
              (x) => `Đề nghị tặng ${x.award.name}: ${x.units.map((u) => u.name).join(', ')};`,
            ),
          }
        : { paragraphs: [`Năm ${f.year}, ${ctx.blocShort} không có đơn vị được đề nghị khen thưởng.`] }),
    },
  ];
  const { blocHead } = ctx.people;
  return [
    {
      recordType: 'summaryReport',
      series: 'BC',
      title: `Báo cáo tổng kết công tác thi đua, khen thưởng năm ${f.year}`,
      fileBase: 'bao-cao-tong-ket',
      date: ctx.date,
      ...dossierRecord(
        'yearEndReport',
        (issue) => ({
          issuer: p.issuer,
          meta: {
            number: numbered(issue, 'Báo cáo tổng kết'),
            date: ctx.date,
            place: ctx.place,
            version: issue.version,
          },
          subject: `Tổng kết công tác thi đua, khen thưởng năm ${f.year}`,
          addressee: {
            to: `Ủy ban nhân dân tỉnh ${ctx.provinceName}`,
            via: 'Ban Thi đua - Khen thưởng, Sở Nội vụ',
          },
          sections,
          signer: {
            capacity: `TM. ${ctx.blocName}`,
            title: 'TRƯỞNG KHỐI',
            post: blocHead.signatureTitle,
            name: blocHead.fullName,
          },
          recipients: ['Như trên', 'Các đơn vị trong Khối', `Lưu: VT, ${ctx.issuerCode}`],
        }),
        docs.buildYearEndReport,
      ),
    },
  ];
}
