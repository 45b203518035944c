import type * as Docs from '@thidua/documents';
import {
  DomainError,
  formatDateShort,
  formatDecimal,
  formatPercent,
  nameAt,
  officialAt,
  officialsScreen,
  scoreBreakdown,
  slug,
  voteKindLabels,
} from '@thidua/domain';
import { type Context, dossierRecord, type Planned } from './context';
import type { PastAward, ReportFacts } from './report-facts';
import type { RecordParts } from './shared';

const pastAward = (a: PastAward): Docs.AwardRecord => ({
  year: a.year,
  title: voteKindLabels[a.awardKind],
  decision: `Quyết định số ${a.number} ngày ${formatDateShort(a.decisionDate)} của Chủ tịch UBND tỉnh ${a.provinceName}`,
});

/** The unit's full name in force on the report's date, or the fact missing, named. */
function fullNameAt(facts: ReportFacts, unitId: string, short: string, date: string): string {
  try {
    return nameAt(facts.names.get(unitId) ?? [], date);
  } catch {
    throw new DomainError(
      'RECORD_FACT_MISSING',
      `Chưa có tên của ${short} có hiệu lực ngày ${formatDateShort(date)}: hãy nhập tại Quản trị → Tổ chức trước khi lập văn bản.`,
    );
  }
}

/**
 * Báo cáo thành tích (Mẫu 02) of each nominated unit, from what it submitted: its registered targets,
 * its own explanation of each criterion under the template's groups with the reviewed scores, the
 * awards the system has recorded for it. Section I states only what is stored (its name and its
 * membership of the bloc); the superior's confirmation is left to be signed on paper.
 */
export function planAchievementReports(
  ctx: Context,
  docs: typeof Docs,
  p: RecordParts,
  facts: ReportFacts | undefined,
): Planned[] {
  if (!facts) throw new Error('the achievement reports need the units submissions');
  const { f } = p;
  return f.nominations.map((n): Planned => {
    const short = ctx.unitName(n.unitId);
    const fullName = fullNameAt(facts, n.unitId, short, ctx.date);
    const head = officialAt(
      facts.unitHeads,
      { position: 'unitHead', orgId: n.unitId, orgName: fullName },
      ctx.date,
    );
    if (head.signatureTitle === undefined) {
      throw new DomainError(
        'PERSON_MISSING',
        `Chưa có chức danh ghi ở chữ ký của người đứng đầu ${fullName}: nhập tại ${officialsScreen.area} → ${officialsScreen.tab}.`,
      );
    }
    const signer: Docs.Signer = { title: head.signatureTitle, name: head.fullName };
    const sheet = facts.sheets.find((s) => s.unitId === n.unitId);
    if (!sheet) {
      throw new DomainError('RECORD_FACT_MISSING', `${fullName} chưa nộp bảng tự chấm điểm năm ${f.year}.`);
    }
    const reviewed = scoreBreakdown(facts.template, sheet, 'reviewed', ctx.ruleSet);
    const rank = f.ranking.find((r) => r.unitId === n.unitId);
    const awardName = voteKindLabels[n.award];
    const targets = facts.targets.get(n.unitId) ?? [];
    // Numbered after the registered targets when the unit registered any.
    const first = targets.length > 0 ? 2 : 1;
    const groups: Docs.Section[] = facts.template.groups.map((g, i) => {
      const points = reviewed.groups.find((x) => x.groupId === g.id)?.points ?? 0;
      const max = g.criteria.reduce((sum, c) => sum + c.maxPoints, 0);
      const explained = g.criteria.flatMap((c) => {
        const score = sheet.criteria.find((x) => x.criterionId === c.id);
        const note = score?.selfNote?.trim();
        if (!note) return [];
        const points = score?.reviewedScore ?? score?.selfScore ?? 0;
        return [
          `${c.code}. ${c.title} (${formatDecimal(points)}/${formatDecimal(c.maxPoints)} điểm): ${note}`,
        ];
      });
      return {
        heading: `${i + first}. ${g.title}: ${formatDecimal(points)}/${formatDecimal(max)} điểm`,
        ...(explained.length > 0 ? { paragraphs: explained } : {}),
      };
    });
    const result = [
      `Tổng điểm thẩm định năm ${f.year}: ${formatDecimal(reviewed.total)} điểm`,
      ...(rank ? [`xếp thứ ${rank.position}/${f.ranking.length} của ${ctx.blocShort}`] : []),
    ].join(', ');
    const achievements: Docs.Section[] = [
      ...(targets.length > 0 ? [{ heading: '1. Chỉ tiêu thi đua đã đăng ký', items: targets }] : []),
      ...groups,
      {
        heading: `${groups.length + first}. Kết quả chấm điểm và suy tôn`,
        paragraphs: [
          `${result}.`,
          `Được ${p.conference} suy tôn đề nghị tặng ${awardName} với ${n.votes} phiếu (${formatPercent(n.percentage)}).`,
        ],
      },
    ];
    const past = facts.pastAwards.get(n.unitId) ?? [];
    return {
      recordType: 'achievementReport',
      series: null,
      title: `Báo cáo thành tích của ${fullName} năm ${f.year}`,
      fileBase: `bao-cao-thanh-tich-${slug(short)}`,
      date: ctx.date,
      ...dossierRecord(
        'achievementReport',
        () => ({
          issuer: { name: fullName },
          date: ctx.date,
          place: ctx.place,
          awardName,
          year: f.year,
          collectiveName: fullName,
          profile: {
            contact: [],
            background: [`${fullName} là đơn vị thành viên của ${ctx.blocShort} năm ${f.year}.`],
            functions: [],
          },
          achievements,
          emulationTitles: past.filter((a) => a.awardKind === 'provincialFlag').map(pastAward),
          commendations: past.filter((a) => a.awardKind === 'certificateOfMerit').map(pastAward),
          ...(past.length === 0
            ? { noAwards: 'Hệ thống chưa ghi nhận danh hiệu thi đua, hình thức khen thưởng nào của đơn vị.' }
            : {}),
          signer,
        }),
        docs.buildAchievementReport,
      ),
    };
  });
}
