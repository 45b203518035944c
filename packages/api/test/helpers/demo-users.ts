import { demoDataset, demoUserSlug } from '@thidua/domain';

export const MEMBERS = [...demoDataset.memberIds];
export const unitHead = (unitId: string) => `${demoUserSlug(unitId)}.thutruong`;
export const unitOfficer = (unitId: string) => `${demoUserSlug(unitId)}.canbo`;
export const BLOC_HEAD_2023 = 'thanhtra.truongkhoi';
export const BLOC_DEPUTY_2023 = 'congan.phokhoi';
export const SECRETARIAT = 'bandtdkt.chuyenvien';
export const COMMITTEE = 'ubnd.thamdinh';
export const ALL_USERS = demoDataset.users.map((u) => u.username);
