import type * as Docs from '@thidua/documents';
import { DomainError, officialAt, officialsScreen } from '@thidua/domain';
import type { Context, Planned } from './context';
import type { RecordParts } from './shared';
import type { StepFacts } from './step-facts';

/**
 * The Giao ước thi đua once every unit has signed and registered: the bloc's common clauses (or,
 * where none were written, the criteria groups every unit is scored on), each unit's registered
 * targets, and each unit head in office that day as a signer. Signed jointly: no number of its own.
 */
export function planPact(
  ctx: Context,
  docs: typeof Docs,
  p: RecordParts,
  pact: StepFacts['pact'],
): Planned[] {
  if (!pact) throw new Error('the pact needs its clauses, targets and unit heads');
  const { f } = p;
  const units: Docs.PactUnit[] = f.units.map((u) => {
    // A unit whose targets were agreed on paper (the bloc head closed the registration) is listed
    // with what the system knows of it, never with targets it did not register.
    const registered = pact.targets.get(u.id) ?? [];
    const targets =
      registered.length > 0
        ? registered
        : [`Đơn vị chưa đăng ký chỉ tiêu thi đua năm ${f.year} trên hệ thống.`];
    const head = officialAt(pact.unitHeads, { position: 'unitHead', orgId: u.id, orgName: u.name }, ctx.date);
    if (head.signatureTitle === undefined) {
      throw new DomainError(
        'PERSON_MISSING',
        `Chưa có chức danh ghi ở chữ ký của người đứng đầu ${u.name}: nhập tại ${officialsScreen.area} → ${officialsScreen.tab}.`,
      );
    }
    return {
      unit: p.unit(u.id),
      targets,
      head: { capacity: u.name, title: head.signatureTitle, name: head.fullName },
    };
  });
  const commitments =
    pact.clauses.length > 0
      ? pact.clauses.map((c) => c.text)
      : pact.template.groups.map(
          (g) => `Thực hiện tốt nội dung "${g.title}" theo bảng tiêu chí chấm điểm năm ${f.year}.`,
        );
  return [
    {
      recordType: 'pact',
      series: null,
      title: `Giao ước thi đua năm ${f.year}`,
      fileBase: 'giao-uoc-thi-dua',
      date: ctx.date,
      build: () =>
        docs.buildPact({
          issuer: p.issuer,
          meta: { date: ctx.date, place: ctx.place },
          year: f.year,
          subject: `Năm ${f.year}`,
          legalBases: p.legalBases,
          preamble: [
            `Nhằm đẩy mạnh phong trào thi đua yêu nước, hoàn thành thắng lợi nhiệm vụ chính trị năm ${f.year}, các đơn vị thành viên ${ctx.blocShort} thống nhất ký kết giao ước thi đua với các nội dung sau:`,
          ],
          commitments,
          units,
          closing: [
            `Giao ước thi đua là căn cứ để chấm điểm, bình xét, suy tôn thi đua cuối năm ${f.year}. Trưởng Khối có trách nhiệm theo dõi, đôn đốc các đơn vị thực hiện và tổng hợp kết quả.`,
          ],
        }),
    },
  ];
}
