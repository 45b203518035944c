// Mẫu 02 of each proposed unit: the narrative is demo text; scores, rank and votes come from the domain.
import type { AwardKind } from '@thidua/domain';
import { decimalText } from '../../src/format/money';
import type { AchievementReportInput, Section } from '../../src/types';
import { award, outcome, PLACE, proposedIds, rankOf, unitRef, YEAR } from './context';
import { headOf } from './people';

type Report = AchievementReportInput & { readonly unitId: string };

// Past awards with placeholder decision numbers: the unit fills them in from its own records.
const pastDecision = (year: number) => `Quyết định số …/QĐ-UBND năm ${year} của Chủ tịch UBND tỉnh ${PLACE}`;

interface Narrative {
  readonly parent: string;
  readonly issuerName: string;
  readonly number: string;
  readonly background: string;
  readonly functions: string;
  readonly results: Section;
  readonly titles: AchievementReportInput['emulationTitles'];
  readonly commendations: AchievementReportInput['commendations'];
}

const NARRATIVES: Readonly<Record<string, Narrative>> = {
  'u-ttt': {
    parent: `UBND tỉnh ${PLACE}`,
    issuerName: 'Thanh tra tỉnh',
    number: '05/BC-TT',
    background:
      'Thanh tra tỉnh là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, có tư cách pháp nhân, con dấu và tài khoản riêng; có tổ chức Đảng, Công đoàn và Chi đoàn Thanh niên hoạt động đúng điều lệ.',
    functions:
      'Tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về công tác thanh tra, tiếp công dân, giải quyết khiếu nại, tố cáo và phòng, chống tham nhũng; tiến hành thanh tra, giải quyết khiếu nại, tố cáo và phòng, chống tham nhũng theo quy định của pháp luật.',
    results: {
      heading: '1. Kết quả thực hiện các chỉ tiêu, nhiệm vụ được giao',
      paragraphs: [
        'Hoàn thành vượt mức các chỉ tiêu thi đua đã đăng ký trong giao ước của Khối: triển khai đầy đủ kế hoạch thanh tra hành chính và thanh tra chuyên ngành; kiến nghị thu hồi và xử lý sai phạm kịp thời; giải quyết đơn thư khiếu nại, tố cáo thuộc thẩm quyền đúng thời hạn.',
        'Công tác tiếp công dân được duy trì thường xuyên, không để phát sinh điểm nóng; công tác phòng, chống tham nhũng được triển khai đồng bộ, có chiều sâu.',
      ],
    },
    titles: [
      { year: 2020, title: 'Tập thể lao động xuất sắc', decision: pastDecision(2021) },
      { year: 2021, title: 'Tập thể lao động xuất sắc', decision: pastDecision(2022) },
    ],
    commendations: [{ year: 2021, title: 'Bằng khen của Chủ tịch UBND tỉnh', decision: pastDecision(2022) }],
  },
  'u-bchqs': {
    parent: 'Bộ Tư lệnh Quân khu 1',
    issuerName: `Bộ Chỉ huy Quân sự\ntỉnh ${PLACE}`,
    number: '12/BC-BCH',
    background:
      'Bộ Chỉ huy Quân sự tỉnh là cơ quan quân sự địa phương, có Đảng bộ Quân sự tỉnh và các tổ chức quần chúng hoạt động theo điều lệ.',
    functions:
      'Tham mưu cho Tỉnh ủy, Ủy ban nhân dân tỉnh về công tác quốc phòng, quân sự địa phương; xây dựng lực lượng vũ trang tỉnh vững mạnh toàn diện; xây dựng nền quốc phòng toàn dân gắn với thế trận an ninh nhân dân.',
    results: {
      heading: '1. Kết quả thực hiện nhiệm vụ quân sự, quốc phòng địa phương',
      paragraphs: [
        'Tham mưu cho Tỉnh ủy, Ủy ban nhân dân tỉnh ban hành nghị quyết, chỉ thị lãnh đạo, chỉ đạo công tác quốc phòng, quân sự địa phương; hoàn thành chỉ tiêu tuyển chọn và gọi công dân nhập ngũ; tổ chức huấn luyện, diễn tập bảo đảm an toàn tuyệt đối.',
      ],
    },
    titles: [
      {
        year: 2021,
        title: 'Đơn vị quyết thắng',
        decision: 'Quyết định năm 2022 của Tư lệnh Quân khu 1 (số do đơn vị điền)',
      },
    ],
    commendations: [],
  },
  'u-stp': {
    parent: `UBND tỉnh ${PLACE}`,
    issuerName: 'Sở Tư pháp',
    number: '08/BC-STP',
    background:
      'Sở Tư pháp là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh; có Đảng bộ cơ sở, Công đoàn cơ sở và Chi đoàn Thanh niên; các đơn vị sự nghiệp trực thuộc hoạt động ổn định.',
    functions:
      'Tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về xây dựng và thi hành pháp luật, kiểm tra văn bản quy phạm pháp luật, phổ biến, giáo dục pháp luật, hành chính tư pháp, bổ trợ tư pháp và các công tác tư pháp khác.',
    results: {
      heading: '1. Kết quả thực hiện nhiệm vụ chuyên môn',
      paragraphs: [
        'Thẩm định đầy đủ, đúng thời hạn các dự thảo văn bản quy phạm pháp luật của tỉnh; tuyên truyền, phổ biến, giáo dục pháp luật hướng về cơ sở; giải quyết thủ tục hành chính đúng hạn.',
      ],
    },
    titles: [{ year: 2021, title: 'Tập thể lao động tiên tiến', decision: pastDecision(2022) }],
    commendations: [],
  },
};

function report(unitId: string, kind: AwardKind): Report {
  const n = NARRATIVES[unitId];
  if (!n) throw new Error(`demo: no achievement narrative for ${unitId}`);
  const r = rankOf(unitId);
  const t = outcome.tallies[kind];
  const votes = t.candidates.find((c) => c.unitId === unitId);
  return {
    unitId,
    issuer: { parent: n.parent, name: n.issuerName },
    number: n.number,
    date: '2023-01-05',
    place: PLACE,
    awardName: award(kind).name,
    year: YEAR,
    collectiveName: unitRef(unitId).fullName ?? unitRef(unitId).name,
    profile: {
      contact: [`Trụ sở: thành phố ${PLACE}, tỉnh ${PLACE}`],
      background: [n.background],
      functions: [n.functions],
    },
    achievements: [
      n.results,
      {
        heading: '2. Xây dựng tổ chức và tham gia phong trào thi đua của Khối',
        paragraphs: [
          `Nội bộ đoàn kết; tổ chức đảng, đoàn thể hoàn thành tốt nhiệm vụ. Kết quả chấm điểm thi đua năm ${YEAR} đạt ${decimalText(r.total)} điểm (${r.tierLabel.toLowerCase()}), xếp thứ ${r.position}/${outcome.ranking.length} của Khối; được Hội nghị tổng kết Khối suy tôn đề nghị tặng ${award(kind).name} với ${votes?.votes ?? 0}/${t.denominator.value} phiếu (${votes?.percentText ?? ''}).`,
        ],
      },
    ],
    emulationTitles: n.titles,
    commendations: n.commendations,
    signer: { title: headOf(unitId).post, name: headOf(unitId).name },
  };
}

export const ACHIEVEMENT_REPORTS: Report[] = [
  ...proposedIds('provincialFlag').map((id) => report(id, 'provincialFlag')),
  ...proposedIds('certificateOfMerit').map((id) => report(id, 'certificateOfMerit')),
];
