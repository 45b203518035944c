// The demo bloc's people come from the domain's demo dataset, as the seeded database has them.
import { demoOfficials, officialAt } from '@thidua/domain';
import type { CountingBoardMember, Person, Signer } from '../../src/types';
import { BLOC_SHORT, unitRef } from './context';

/** The demo records' date (the 2022 conference): the people in office that day sign them. */
const DEMO_DATE = '2023-01-04';

/** Each unit's head in office on the demo date: signature title, full title, name. */
export function headOf(unitId: string): { post: string; fullPost: string; name: string } {
  const h = officialAt(demoOfficials, { position: 'unitHead', orgId: unitId, orgName: unitId }, DEMO_DATE);
  if (!h.signatureTitle) throw new Error(`demo: no signature title for ${unitId}`);
  return { post: h.signatureTitle, fullPost: h.title, name: h.fullName };
}

/** The bloc head of the year signs for the bloc (advisory body: title in the bloc + post in the agency). */
export function blocHeadSigner(headUnitId: string): Signer {
  const h = headOf(headUnitId);
  return { capacity: `TM. ${BLOC_SHORT}`, title: 'Trưởng khối', post: h.fullPost, name: h.name };
}

export const COUNTING_BOARD: CountingBoardMember[] = [
  { person: { name: 'Đinh Văn Khánh', post: 'Phó Chánh Văn phòng Sở Nội vụ' }, role: 'Trưởng ban' },
  { person: { name: 'Hoàng Văn Sơn', post: 'Phó Chánh Văn phòng Công an tỉnh' }, role: 'Thành viên' },
  {
    person: { name: 'Bế Thị Hạnh', post: 'Chuyên viên Văn phòng Viện Kiểm sát nhân dân tỉnh' },
    role: 'Thành viên',
  },
];

/** The minute-taker, the bloc's secretary (of the secretary unit the domain's conference names). */
export const secretaryOf = (unitId: string): Person => {
  const s = officialAt(
    demoOfficials,
    { position: 'blocSecretary', orgId: 'b-noichinh', orgName: 'b-noichinh' },
    DEMO_DATE,
  );
  return { name: s.fullName, post: `Chánh Văn phòng ${unitRef(unitId).name}` };
};

export const chairOf = (unitId: string, year: number): Person => {
  const h = headOf(unitId);
  return { name: h.name, post: `${h.fullPost}, Trưởng khối năm ${year}` };
};

/** The Chairman's deputy who would sign the draft decision. */
export const DECISION_SIGNER: Signer = {
  capacity: 'KT. Chủ tịch',
  title: 'Phó Chủ tịch',
  name: officialAt(
    demoOfficials,
    { position: 'committeeViceChair', orgId: 'p-backan', orgName: 'UBND tỉnh Bắc Kạn' },
    DEMO_DATE,
  ).fullName,
};
