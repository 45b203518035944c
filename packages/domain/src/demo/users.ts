import type { RoleGrant } from '../org/roles';

/**
 * DEMO ONLY. Every demo account shares this password so a reviewer can log in as any role.
 * Never use it, or these accounts, outside a demo or test database.
 */
export const DEMO_PASSWORD = 'ThiDua-demo-2023';

export interface DemoUser {
  username: string;
  displayName: string;
  /** Unit the person works in (none for province-level staff and admin). */
  unitId?: string;
  grants: RoleGrant[];
}

const slugs: Record<string, string> = {
  'u-snv': 'noivu',
  'u-stp': 'tuphap',
  'u-ttt': 'thanhtra',
  'u-bchqs': 'quansu',
  'u-cat': 'congan',
  'u-tand': 'toaan',
  'u-vksnd': 'vienkiemsat',
  'u-thads': 'thads',
  'u-qltt': 'qltt',
};

/** Username prefix of a demo unit ("tuphap" for Sở Tư pháp). */
export const demoUserSlug = (unitId: string): string => slugs[unitId] ?? unitId;

function unitAccounts(unitId: string, unitName: string): DemoUser[] {
  const slug = demoUserSlug(unitId);
  return [
    {
      username: `${slug}.canbo`,
      displayName: `Cán bộ thi đua - ${unitName}`,
      unitId,
      grants: [{ role: 'unitOfficer', scope: { kind: 'unit', unitId } }],
    },
    {
      username: `${slug}.thutruong`,
      displayName: `Thủ trưởng - ${unitName}`,
      unitId,
      grants: [{ role: 'unitHead', scope: { kind: 'unit', unitId } }],
    },
  ];
}

const unitNames: Record<string, string> = {
  'u-snv': 'Sở Nội vụ',
  'u-stp': 'Sở Tư pháp',
  'u-ttt': 'Thanh tra tỉnh',
  'u-bchqs': 'Bộ Chỉ huy Quân sự tỉnh',
  'u-cat': 'Công an tỉnh',
  'u-tand': 'Tòa án nhân dân tỉnh',
  'u-vksnd': 'Viện Kiểm sát nhân dân tỉnh',
  'u-thads': 'Cục Thi hành án dân sự tỉnh',
  'u-qltt': 'Cục Quản lý thị trường tỉnh',
};

const bloc = { kind: 'bloc', blocId: 'b-noichinh' } as const;
const province = { kind: 'province', provinceId: 'p-backan' } as const;

export const demoUsers: DemoUser[] = [
  {
    username: 'admin',
    displayName: 'Quản trị hệ thống',
    grants: [{ role: 'admin', scope: { kind: 'global' } }],
  },
  {
    username: 'bandtdkt.chuyenvien',
    displayName: 'Chuyên viên Ban Thi đua - Khen thưởng (Sở Nội vụ)',
    grants: [{ role: 'secretariat', scope: province }],
  },
  {
    username: 'ubnd.thamdinh',
    displayName: 'Cán bộ thẩm định - Văn phòng UBND tỉnh',
    grants: [{ role: 'committeeReviewer', scope: province }],
  },
  {
    username: 'noivu.truongkhoi',
    displayName: 'Trưởng Khối năm 2022 - Sở Nội vụ',
    unitId: 'u-snv',
    grants: [{ role: 'blocHead', scope: bloc, year: 2022 }],
  },
  {
    username: 'thanhtra.truongkhoi',
    displayName: 'Trưởng Khối năm 2023 - Thanh tra tỉnh',
    unitId: 'u-ttt',
    grants: [
      { role: 'blocHead', scope: bloc, year: 2023 },
      { role: 'blocDeputy', scope: bloc, year: 2022 },
    ],
  },
  {
    username: 'congan.phokhoi',
    displayName: 'Phó Khối năm 2023 - Công an tỉnh',
    unitId: 'u-cat',
    grants: [{ role: 'blocDeputy', scope: bloc, year: 2023 }],
  },
  ...Object.entries(unitNames).flatMap(([id, name]) => unitAccounts(id, name)),
];
