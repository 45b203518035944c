import { demoDataset, demoUserSlug } from '@thidua/domain';

/** The demo 2023 cycle of Khối thi đua Nội chính and the people who take it through its year. */
export const demo = {
  password: demoDataset.demoPassword,
  cycleId: demoDataset.cycle2023.cycle.id,
  criteria: demoDataset.templates[2023].groups.flatMap((g) => g.criteria),
  secretariat: 'bandtdkt.chuyenvien',
  blocHead: 'thanhtra.truongkhoi',
  committee: 'ubnd.thamdinh',
  unitHeads: demoDataset.memberIds.map((id) => `${demoUserSlug(id)}.thutruong`),
  /** Two member units take the whole path; the others stay behind (the head moves on without them). */
  contenders: [
    { unitId: 'u-stp', slug: 'tuphap', name: 'Sở Tư pháp' },
    { unitId: 'u-ttt', slug: 'thanhtra', name: 'Thanh tra tỉnh' },
  ],
  /** Five of the nine units cast ballots: more than half of the members elects (the demo rule set). */
  voters: ['tuphap.canbo', 'thanhtra.canbo', 'congan.canbo', 'noivu.canbo', 'quansu.canbo'],
  rounds: [
    { award: 'Cờ thi đua của UBND tỉnh', winner: 'Sở Tư pháp' },
    { award: 'Bằng khen của Chủ tịch UBND tỉnh', winner: 'Thanh tra tỉnh' },
    // This year's head elected again: the chair confirms against the rotation rule, with a reason.
    { award: 'Bầu Trưởng khối năm sau', winner: 'Thanh tra tỉnh' },
    { award: 'Bầu Phó khối năm sau', winner: 'Sở Tư pháp' },
  ],
  proposalTitle: 'Tờ trình đề nghị khen thưởng năm 2023',
  /** Thanh tra tỉnh hands its sheet in after the deadline the secretariat moved back. */
  lateUnit: 'Thanh tra tỉnh',
  rotationReason:
    'Hội nghị tín nhiệm Thanh tra tỉnh tiếp tục làm Trưởng Khối để hoàn thành chuyên đề thanh tra của Khối.',
  /** A case the year's rules let block only the flag (the winner of the certificates stands for it). */
  eligibilityCase: {
    unit: 'Thanh tra tỉnh',
    kind: 'Có vụ việc khác đang được cơ quan có thẩm quyền xem xét',
    reason: 'Cơ quan điều tra đang xác minh tin báo về vi phạm trong mua sắm tài sản',
    documentRef: 'Công văn số 210/CSĐT ngày 20/11/2023 của Cơ quan Cảnh sát điều tra',
  },
  /** The flag's winner gives way for the certificates. */
  withdrawal: {
    award: 'Bằng khen của Chủ tịch UBND tỉnh',
    reason: 'Sở Tư pháp nhường suất Bằng khen cho đơn vị bạn',
    letterNumber: '25/STP-VP',
    scan: {
      name: 'cong-van-25-STP-VP.pdf',
      bytes: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
    },
  },
};

export type Contender = (typeof demo.contenders)[number];
