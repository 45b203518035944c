// The 2022 pact: members and signing date from the domain; registered targets are demo text.
import type { PactInput } from '../../src/types';
import { BLOC, BLOC_SHORT, citationsForPact, cycle, memberIds, PLACE, unitRef, YEAR } from './context';
import { headOf } from './people';

const TARGETS: Readonly<Record<string, readonly string[]>> = {
  'u-snv': [
    'Thẩm định hồ sơ khen thưởng đúng quy trình, đúng thời hạn',
    'Hoàn thành kế hoạch cải cách hành chính của tỉnh',
  ],
  'u-stp': [
    'Thẩm định 100% dự thảo văn bản quy phạm pháp luật đúng thời hạn',
    'Tổ chức phổ biến, giáo dục pháp luật hướng về cơ sở',
  ],
  'u-ttt': [
    'Hoàn thành 100% kế hoạch thanh tra năm',
    'Giải quyết đơn thư khiếu nại, tố cáo thuộc thẩm quyền đạt trên 90%',
  ],
  'u-bchqs': [
    'Hoàn thành 100% chỉ tiêu tuyển quân',
    'Tổ chức diễn tập khu vực phòng thủ an toàn, đạt kết quả tốt',
  ],
  'u-cat': [
    'Kiềm chế, kéo giảm tội phạm về trật tự xã hội',
    'Tỷ lệ điều tra, khám phá án đạt và vượt chỉ tiêu được giao',
  ],
  'u-tand': [
    'Giải quyết, xét xử các loại vụ án đạt và vượt chỉ tiêu ngành giao',
    'Không có án bị hủy do lỗi chủ quan',
  ],
  'u-vksnd': [
    'Thực hành quyền công tố, kiểm sát xét xử đạt chỉ tiêu ngành',
    'Không để xảy ra oan sai, bỏ lọt tội phạm',
  ],
  'u-thads': [
    'Thi hành xong về việc đạt và vượt chỉ tiêu ngành giao',
    'Thi hành xong về tiền đạt và vượt chỉ tiêu ngành giao',
  ],
  'u-qltt': [
    'Hoàn thành kế hoạch kiểm tra, kiểm soát thị trường',
    'Xử lý nghiêm các vụ vi phạm về buôn lậu, hàng giả',
  ],
};

export const PACT: PactInput = {
  issuer: BLOC,
  // The decree lists no type code for a giao ước (nor does the domain's numbering); the bloc uses "GƯ".
  meta: { number: '01/GƯ-KTĐNC', date: cycle.calendar.pactSigningDate, place: PLACE },
  year: YEAR,
  subject: `Năm ${YEAR}`,
  legalBases: citationsForPact(),
  preamble: [
    `Nhằm đẩy mạnh phong trào thi đua yêu nước, hoàn thành thắng lợi nhiệm vụ chính trị năm ${YEAR}, các đơn vị thành viên ${BLOC_SHORT} tỉnh thống nhất ký kết giao ước thi đua với các nội dung sau:`,
  ],
  commitments: [
    'Thi đua hoàn thành xuất sắc mọi nhiệm vụ được giao; xây dựng cơ quan, đơn vị vững mạnh; thực hành tiết kiệm, chống lãng phí.',
    'Đẩy mạnh việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; xây dựng nội bộ đoàn kết, không có cán bộ vi phạm kỷ luật.',
    'Thực hiện tốt công tác cải cách hành chính, chuyển đổi số, phòng, chống tham nhũng, tiêu cực.',
    'Tham gia đầy đủ các hoạt động chung của Khối; báo cáo đúng thời hạn.',
  ],
  units: memberIds.map((id) => ({
    unit: unitRef(id),
    targets: TARGETS[id] ?? [],
    head: { capacity: unitRef(id).name, title: headOf(id).post, name: headOf(id).name },
  })),
  closing: [
    'Giao ước thi đua là căn cứ để chấm điểm, bình xét, suy tôn thi đua cuối năm. Trưởng khối có trách nhiệm theo dõi, đôn đốc các đơn vị thực hiện và tổng hợp kết quả.',
  ],
};
