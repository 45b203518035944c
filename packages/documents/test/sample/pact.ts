// The 2022 pact: members, signing date and each unit's registered targets from the demo dataset.
import { demoDataset } from '@thidua/domain';
import type { PactInput } from '../../src/types';
import { BLOC, BLOC_SHORT, citationsForPact, cycle, memberIds, PLACE, unitRef, YEAR } from './context';
import { headOf } from './people';

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
    targets: demoDataset.cycle2022.targets[id] ?? [],
    head: { capacity: unitRef(id).name, title: headOf(id).post, name: headOf(id).name },
  })),
  closing: [
    'Giao ước thi đua là căn cứ để chấm điểm, bình xét, suy tôn thi đua cuối năm. Trưởng khối có trách nhiệm theo dõi, đôn đốc các đơn vị thực hiện và tổng hợp kết quả.',
  ],
};
