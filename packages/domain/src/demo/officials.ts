import type { Official } from '../org/officials';

/**
 * Fictitious people of the demo bloc: generic names on the real titles of each agency. Heads are
 * open-ended so records generated today still find their signer.
 */
const since = '2020-01-01';
const head = (orgId: string, fullName: string, title: string, signatureTitle: string): Official => ({
  position: 'unitHead',
  orgId,
  fullName,
  title,
  signatureTitle,
  validFrom: since,
});

export const demoOfficials: Official[] = [
  head('u-snv', 'Nông Văn Hải', 'Giám đốc Sở Nội vụ', 'GIÁM ĐỐC'),
  head('u-stp', 'Hà Thị Lan', 'Giám đốc Sở Tư pháp', 'GIÁM ĐỐC'),
  head('u-ttt', 'Lường Văn Thành', 'Chánh Thanh tra tỉnh', 'CHÁNH THANH TRA'),
  head('u-bchqs', 'Ma Văn Cường', 'Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh', 'CHỈ HUY TRƯỞNG'),
  head('u-cat', 'Triệu Đức Quang', 'Giám đốc Công an tỉnh', 'GIÁM ĐỐC'),
  head('u-tand', 'Hoàng Thị Thu', 'Chánh án Tòa án nhân dân tỉnh', 'CHÁNH ÁN'),
  head('u-vksnd', 'Đàm Văn Bình', 'Viện trưởng Viện Kiểm sát nhân dân tỉnh', 'VIỆN TRƯỞNG'),
  {
    ...head('u-thads', 'Lục Văn Tâm', 'Cục trưởng Cục Thi hành án dân sự tỉnh', 'CỤC TRƯỞNG'),
    validTo: '2025-06-30',
  },
  // The agency was renamed on 01/7/2025 (demoUnits): same person, new title.
  {
    ...head('u-thads', 'Lục Văn Tâm', 'Trưởng Thi hành án dân sự tỉnh', 'TRƯỞNG THI HÀNH ÁN'),
    validFrom: '2025-07-01',
  },
  head('u-qltt', 'Phùng Văn Đức', 'Cục trưởng Cục Quản lý thị trường tỉnh', 'CỤC TRƯỞNG'),
  head('u-vpdbqh', 'Hà Thị Thu', 'Chánh Văn phòng Đoàn đại biểu Quốc hội tỉnh', 'CHÁNH VĂN PHÒNG'),
  {
    position: 'unitDeputy',
    orgId: 'u-ttt',
    fullName: 'Lương Văn Tuấn',
    title: 'Phó Chánh Thanh tra tỉnh',
    signatureTitle: 'PHÓ CHÁNH THANH TRA',
    validFrom: since,
  },
  {
    position: 'unitDeputy',
    orgId: 'u-snv',
    fullName: 'Vi Văn Toàn',
    title: 'Phó Giám đốc Sở Nội vụ',
    signatureTitle: 'PHÓ GIÁM ĐỐC',
    validFrom: since,
  },
  // The provincial committee's term until the merger with Thái Nguyên (01/7/2025).
  {
    position: 'committeeChair',
    orgId: 'p-backan',
    fullName: 'Nguyễn Văn Hùng',
    title: 'Chủ tịch UBND tỉnh',
    signatureTitle: 'CHỦ TỊCH',
    validFrom: '2021-07-01',
    validTo: '2025-06-30',
  },
  {
    position: 'committeeViceChair',
    orgId: 'p-backan',
    fullName: 'Hoàng Minh Đức',
    title: 'Phó Chủ tịch UBND tỉnh',
    signatureTitle: 'PHÓ CHỦ TỊCH',
    validFrom: '2021-07-01',
    validTo: '2025-06-30',
  },
  {
    position: 'blocSecretary',
    orgId: 'b-noichinh',
    fullName: 'La Thị Huyền',
    title: 'Chánh Văn phòng Thanh tra tỉnh',
    validFrom: since,
  },
];
