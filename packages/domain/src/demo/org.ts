import type { Bloc, BlocLeadership, BlocMembership, OrgEvent, Province, Unit } from '../org/types';

/**
 * The Khối thi đua Nội chính of Bắc Kạn (seed article, DOMAIN §2.1). Real agencies; the
 * name changes of 2025 are [K] facts from DOMAIN §0 (VERIFY before relying on them).
 */
export const demoProvinces: Province[] = [
  {
    id: 'p-backan',
    code: 'BKN',
    names: [{ name: 'Bắc Kạn', validFrom: '1997-01-01', validTo: '2025-06-30' }],
    placeNames: [{ name: 'Bắc Kạn', validFrom: '1997-01-01', validTo: '2025-06-30' }],
  },
  {
    id: 'p-thainguyen',
    code: 'TNN',
    names: [{ name: 'Thái Nguyên', validFrom: '1997-01-01' }],
    placeNames: [{ name: 'Thái Nguyên', validFrom: '1997-01-01' }],
  },
];

export const demoBloc: Bloc = {
  id: 'b-noichinh',
  provinceId: 'p-backan',
  issuerCode: 'KTĐNC',
  names: [{ name: 'KHỐI THI ĐUA NỘI CHÍNH', shortName: 'Khối thi đua Nội chính', validFrom: '2018-01-01' }],
};

const since = '2008-01-01';
const unit = (id: string, code: string, name: string, shortName?: string): Unit => ({
  id,
  code,
  provinceId: 'p-backan',
  validFrom: since,
  names: [{ name, ...(shortName ? { shortName } : {}), validFrom: since }],
});

export const demoUnits: Unit[] = [
  unit('u-snv', 'SNV', 'Sở Nội vụ'),
  unit('u-stp', 'STP', 'Sở Tư pháp'),
  unit('u-ttt', 'TTT', 'Thanh tra tỉnh'),
  unit('u-bchqs', 'BCHQS', 'Bộ Chỉ huy Quân sự tỉnh', 'Bộ CHQS tỉnh'),
  unit('u-cat', 'CAT', 'Công an tỉnh'),
  unit('u-tand', 'TAND', 'Tòa án nhân dân tỉnh', 'TAND tỉnh'),
  unit('u-vksnd', 'VKSND', 'Viện Kiểm sát nhân dân tỉnh', 'VKSND tỉnh'),
  {
    ...unit('u-thads', 'THADS', 'Cục Thi hành án dân sự tỉnh', 'Cục THADS tỉnh'),
    names: [
      {
        name: 'Cục Thi hành án dân sự tỉnh',
        shortName: 'Cục THADS tỉnh',
        validFrom: since,
        validTo: '2025-06-30',
      },
      {
        name: 'Thi hành án dân sự tỉnh',
        shortName: 'THADS tỉnh',
        validFrom: '2025-07-01',
        note: 'Tổ chức lại hệ thống thi hành án dân sự từ 01/7/2025',
      },
    ],
  },
  unit('u-qltt', 'QLTT', 'Cục Quản lý thị trường tỉnh', 'Cục QLTT tỉnh'),
  // Member in 2018 (DOMAIN §2.1), not in 2022: composition is per-year data.
  unit('u-vpdbqh', 'VPĐBQH', 'Văn phòng Đoàn đại biểu Quốc hội tỉnh', 'VP Đoàn ĐBQH tỉnh'),
];

/** The nine 2022/2023 members, in the order of the seed article. */
export const demoMemberIds = [
  'u-snv',
  'u-stp',
  'u-ttt',
  'u-bchqs',
  'u-cat',
  'u-tand',
  'u-vksnd',
  'u-thads',
  'u-qltt',
] as const;

export const demoMemberships: BlocMembership[] = [
  {
    blocId: 'b-noichinh',
    year: 2018,
    unitIds: ['u-snv', 'u-bchqs', 'u-cat', 'u-thads', 'u-stp', 'u-ttt', 'u-vksnd', 'u-tand', 'u-vpdbqh'],
  },
  { blocId: 'b-noichinh', year: 2022, unitIds: [...demoMemberIds] },
  { blocId: 'b-noichinh', year: 2023, unitIds: [...demoMemberIds] },
];

export const demoLeaderships: BlocLeadership[] = [
  {
    blocId: 'b-noichinh',
    year: 2018,
    headUnitId: 'u-snv',
    deputyUnitId: 'u-vksnd',
    basis: 'Hội nghị ký kết giao ước 07/02/2018',
  },
  // 2022 is not in the article: a plausible choice whose deputy rotates to head in 2023.
  { blocId: 'b-noichinh', year: 2022, headUnitId: 'u-snv', deputyUnitId: 'u-ttt', basis: 'Dữ liệu mẫu' },
  {
    blocId: 'b-noichinh',
    year: 2023,
    headUnitId: 'u-ttt',
    deputyUnitId: 'u-cat',
    basis: 'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2022 (chiều 04/01/2023)',
  },
];

export const demoOrgEvents: OrgEvent[] = [
  {
    kind: 'rename',
    entity: 'unit',
    date: '2025-07-01',
    fromIds: ['u-thads'],
    toIds: ['u-thads'],
    note: 'Cục Thi hành án dân sự tỉnh đổi tên thành Thi hành án dân sự tỉnh',
  },
  {
    kind: 'merge',
    entity: 'province',
    date: '2025-07-01',
    fromIds: ['p-backan', 'p-thainguyen'],
    toIds: ['p-thainguyen'],
    note: 'Hợp nhất tỉnh Bắc Kạn và tỉnh Thái Nguyên thành tỉnh Thái Nguyên',
  },
];
