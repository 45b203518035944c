import { type ScoringTemplate, standardTiers } from '../scoring/template';

/** A typical bloc table (DOMAIN §2.4): 5 groups, 100 points, bonus cap 5. Demo data. */
export const demoTemplate2022: ScoringTemplate = {
  id: 'tpl-b-noichinh-2022',
  blocId: 'b-noichinh',
  year: 2022,
  title: 'Bảng tiêu chí chấm điểm thi đua Khối Nội chính năm 2022',
  scoreStep: 0.25,
  groups: [
    {
      id: 'g1',
      code: 'I',
      title: 'Thực hiện nhiệm vụ chính trị, chuyên môn',
      criteria: [
        {
          id: 'c1.1',
          code: '1.1',
          title: 'Thực hiện các chỉ tiêu chuyên môn theo giao ước thi đua',
          maxPoints: 30,
        },
        {
          id: 'c1.2',
          code: '1.2',
          title: 'Tham mưu cấp ủy, chính quyền ban hành văn bản lãnh đạo, chỉ đạo',
          maxPoints: 10,
        },
        { id: 'c1.3', code: '1.3', title: 'Tuyên truyền, phổ biến, giáo dục pháp luật', maxPoints: 10 },
      ],
    },
    {
      id: 'g2',
      code: 'II',
      title: 'Công tác thi đua, khen thưởng',
      criteria: [
        { id: 'c2.1', code: '2.1', title: 'Kế hoạch, đăng ký và ký kết giao ước thi đua', maxPoints: 5 },
        {
          id: 'c2.2',
          code: '2.2',
          title: 'Phát hiện, xây dựng và nhân rộng điển hình tiên tiến',
          maxPoints: 5,
        },
        { id: 'c2.3', code: '2.3', title: 'Hồ sơ khen thưởng, báo cáo đầy đủ, đúng hạn', maxPoints: 5 },
      ],
    },
    {
      id: 'g3',
      code: 'III',
      title: 'Xây dựng Đảng, chính quyền, đoàn thể; nội bộ đoàn kết',
      criteria: [
        {
          id: 'c3.1',
          code: '3.1',
          title: 'Tổ chức đảng được xếp loại hoàn thành tốt nhiệm vụ trở lên',
          maxPoints: 8,
        },
        {
          id: 'c3.2',
          code: '3.2',
          title: 'Đoàn thể vững mạnh, nội bộ đoàn kết, không có cán bộ vi phạm kỷ luật',
          maxPoints: 7,
        },
      ],
    },
    {
      id: 'g4',
      code: 'IV',
      title: 'Cải cách hành chính, chuyển đổi số, phòng chống tham nhũng, thực hành tiết kiệm',
      criteria: [
        { id: 'c4.1', code: '4.1', title: 'Cải cách hành chính, chuyển đổi số', maxPoints: 6 },
        {
          id: 'c4.2',
          code: '4.2',
          title: 'Phòng, chống tham nhũng, tiêu cực; thực hành tiết kiệm, chống lãng phí',
          maxPoints: 6,
        },
      ],
    },
    {
      id: 'g5',
      code: 'V',
      title: 'Tham gia hoạt động chung của Khối',
      criteria: [
        { id: 'c5.1', code: '5.1', title: 'Tham dự đầy đủ các hội nghị, hoạt động của Khối', maxPoints: 5 },
        { id: 'c5.2', code: '5.2', title: 'Phối hợp, đăng cai tổ chức hoạt động chung', maxPoints: 3 },
      ],
    },
  ],
  bonus: {
    cap: 5,
    items: [
      { id: 'b1', title: 'Được tặng Cờ thi đua, Bằng khen của bộ, ngành Trung ương trong năm', maxPoints: 2 },
      { id: 'b2', title: 'Được ngành dọc xếp loại xuất sắc, dẫn đầu', maxPoints: 2 },
      { id: 'b3', title: 'Có sáng kiến, mô hình mới được cấp có thẩm quyền công nhận', maxPoints: 1 },
    ],
  },
  penalties: [
    { id: 'p1', title: 'Gửi báo cáo, hồ sơ của Khối chậm hoặc thiếu', pointsEach: 0.5, maxCount: 10 },
    { id: 'p2', title: 'Vắng mặt không lý do tại hội nghị, hoạt động của Khối', pointsEach: 1, maxCount: 10 },
    { id: 'p3', title: 'Cán bộ, công chức bị kỷ luật từ khiển trách trở lên', pointsEach: 2, maxCount: 10 },
  ],
  disqualifiers: [
    { id: 'd1', title: 'Tập thể bị xử lý kỷ luật trong năm' },
    { id: 'd2', title: 'Để xảy ra vụ việc tham nhũng, tiêu cực gây hậu quả nghiêm trọng' },
    { id: 'd3', title: 'Không hoàn thành kế hoạch công tác năm' },
  ],
  tiers: standardTiers(),
};
