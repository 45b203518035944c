// Fictitious people of the demo bloc (the domain dataset holds organisations, not persons).
import type { CountingBoardMember, Person, Signer } from '../types';
import { unitRef } from './context';

/** Each unit's head: post, post with the agency, name. */
const HEADS: Readonly<Record<string, readonly [post: string, fullPost: string, name: string]>> = {
  'u-snv': ['Giám đốc', 'Giám đốc Sở Nội vụ', 'Nông Văn Hải'],
  'u-stp': ['Giám đốc', 'Giám đốc Sở Tư pháp', 'Hà Thị Lan'],
  'u-ttt': ['Chánh Thanh tra', 'Chánh Thanh tra tỉnh', 'Lường Văn Thành'],
  'u-bchqs': ['Chỉ huy trưởng', 'Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh', 'Ma Văn Cường'],
  'u-cat': ['Giám đốc', 'Giám đốc Công an tỉnh', 'Triệu Đức Quang'],
  'u-tand': ['Chánh án', 'Chánh án Tòa án nhân dân tỉnh', 'Hoàng Thị Thu'],
  'u-vksnd': ['Viện trưởng', 'Viện trưởng Viện Kiểm sát nhân dân tỉnh', 'Đàm Văn Bình'],
  'u-thads': ['Cục trưởng', 'Cục trưởng Cục Thi hành án dân sự tỉnh', 'Lục Văn Tâm'],
  'u-qltt': ['Cục trưởng', 'Cục trưởng Cục Quản lý thị trường tỉnh', 'Phùng Văn Đức'],
};

export function headOf(unitId: string): { post: string; fullPost: string; name: string } {
  const h = HEADS[unitId];
  if (!h) throw new Error(`demo: no head for ${unitId}`);
  return { post: h[0], fullPost: h[1], name: h[2] };
}

/** The bloc head of the year signs for the bloc (advisory body: title in the bloc + post in the agency). */
export function blocHeadSigner(headUnitId: string): Signer {
  const h = headOf(headUnitId);
  return { capacity: 'TM. Khối thi đua', title: 'Trưởng khối', post: h.fullPost, name: h.name };
}

export const COUNTING_BOARD: CountingBoardMember[] = [
  { person: { name: 'Đinh Văn Khánh', post: 'Phó Chánh Văn phòng Sở Nội vụ' }, role: 'Trưởng ban' },
  { person: { name: 'Hoàng Văn Sơn', post: 'Phó Chánh Văn phòng Công an tỉnh' }, role: 'Thành viên' },
  {
    person: { name: 'Bế Thị Hạnh', post: 'Chuyên viên Văn phòng Viện Kiểm sát nhân dân tỉnh' },
    role: 'Thành viên',
  },
];

/** The minute-taker, from the secretary unit the domain's conference names. */
export const secretaryOf = (unitId: string): Person => ({
  name: 'La Thị Huyền',
  post: `Chánh Văn phòng ${unitRef(unitId).name}`,
});

export const chairOf = (unitId: string, year: number): Person => {
  const h = headOf(unitId);
  return { name: h.name, post: `${h.fullPost}, Trưởng khối năm ${year}` };
};

/** The Chairman's deputy who would sign the draft decision (fictitious). */
export const DECISION_SIGNER: Signer = {
  capacity: 'KT. Chủ tịch',
  title: 'Phó Chủ tịch',
  name: 'Hoàng Minh Đức',
};
