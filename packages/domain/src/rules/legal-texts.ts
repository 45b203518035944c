import type { BaseSalary, Citation, LegalSource } from './schema';

/**
 * Legal texts as data. Validity ranges are of the DOCUMENT date that cites them.
 * Items marked VERIFY come from DOMAIN.md facts tagged [K] or prototype metadata;
 * they are data so a secretariat can correct them without a code change.
 */
export const legalSource = (text: string, citation: string): LegalSource => ({ text, citation });

export const LAW_2003 =
  'Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng ngày 14 tháng 6 năm 2005 và ngày 16 tháng 11 năm 2013';
export const LAW_2022 = 'Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022';
export const ND_91_2017 =
  'Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng';
export const ND_98_2023 =
  'Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng';
export const ND_152_2025 =
  'Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi đua, khen thưởng';
export const TT_12_2019 =
  'Thông tư số 12/2019/TT-BNV ngày 04 tháng 11 năm 2019 của Bộ trưởng Bộ Nội vụ quy định chi tiết thi hành một số điều của Nghị định số 91/2017/NĐ-CP';
export const TT_01_2024 =
  'Thông tư số 01/2024/TT-BNV ngày 15 tháng 02 năm 2024 của Bộ trưởng Bộ Nội vụ quy định biện pháp thi hành Luật Thi đua, khen thưởng và Nghị định số 98/2023/NĐ-CP';
export const TT_15_2025 =
  'Thông tư số 15/2025/TT-BNV ngày 04 tháng 8 năm 2025 của Bộ trưởng Bộ Nội vụ quy định biện pháp để tổ chức, hướng dẫn thi hành Luật Thi đua, khen thưởng và Nghị định số 152/2025/NĐ-CP';

export const LOCAL_GOVERNMENT_2015 =
  'Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019';
export const LOCAL_GOVERNMENT_65_2025 =
  'Luật Tổ chức chính quyền địa phương số 65/2025/QH15 ngày 19 tháng 02 năm 2025';
export const LOCAL_GOVERNMENT_72_2025 =
  'Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025';

/**
 * National "Căn cứ" lines. Order: the Chairman's competence (5, his decision only) → law (10) →
 * decree (20) → circular (30); local texts use 40+.
 */
export function nationalCitations(): Citation[] {
  return [
    // VERIFY: the 2025 local-government laws' in-force dates (01/3/2025 and 01/7/2025).
    {
      id: 'luat-tccqdp-2015',
      text: LOCAL_GOVERNMENT_2015,
      order: 5,
      validFrom: '2016-01-01',
      validTo: '2025-02-28',
      scope: 'province',
    },
    {
      id: 'luat-tccqdp-65-2025',
      text: LOCAL_GOVERNMENT_65_2025,
      order: 5,
      validFrom: '2025-03-01',
      validTo: '2025-06-30',
      scope: 'province',
    },
    {
      id: 'luat-tccqdp-72-2025',
      text: LOCAL_GOVERNMENT_72_2025,
      order: 5,
      validFrom: '2025-07-01',
      scope: 'province',
    },
    { id: 'luat-tdkt-2003', text: LAW_2003, order: 10, validFrom: '2014-06-01', validTo: '2023-12-31' },
    { id: 'luat-tdkt-2022', text: LAW_2022, order: 10, validFrom: '2024-01-01' },
    { id: 'nd-91-2017', text: ND_91_2017, order: 20, validFrom: '2017-07-31', validTo: '2023-12-31' },
    { id: 'nd-98-2023', text: ND_98_2023, order: 20, validFrom: '2024-01-01', validTo: '2025-06-30' },
    { id: 'nd-152-2025', text: ND_152_2025, order: 20, validFrom: '2025-07-01' },
    // VERIFY: TT 12/2019 and TT 01/2024 in-force dates (taken as 01/01/2020 and the signing date).
    { id: 'tt-12-2019-bnv', text: TT_12_2019, order: 30, validFrom: '2020-01-01', validTo: '2024-02-14' },
    { id: 'tt-01-2024-bnv', text: TT_01_2024, order: 30, validFrom: '2024-02-15', validTo: '2025-08-04' },
    // VERIFY: TT 15/2025 in force 05/08/2025 per repository metadata (DOMAIN §0).
    { id: 'tt-15-2025-bnv', text: TT_15_2025, order: 30, validFrom: '2025-08-05' },
  ];
}

/** Mức lương cơ sở. 2.34 M from 01/07/2024 is [K] in DOMAIN §0: VERIFY. */
export function baseSalaries(): BaseSalary[] {
  return [
    {
      amount: 1_390_000,
      validFrom: '2018-07-01',
      validTo: '2019-06-30',
      source: legalSource('Mức lương cơ sở 1.390.000 đồng/tháng', 'Nghị định số 72/2018/NĐ-CP'),
    },
    {
      amount: 1_490_000,
      validFrom: '2019-07-01',
      validTo: '2023-06-30',
      source: legalSource('Mức lương cơ sở 1.490.000 đồng/tháng', 'Nghị định số 38/2019/NĐ-CP'),
    },
    {
      amount: 1_800_000,
      validFrom: '2023-07-01',
      validTo: '2024-06-30',
      source: legalSource('Mức lương cơ sở 1.800.000 đồng/tháng', 'Nghị định số 24/2023/NĐ-CP'),
    },
    {
      amount: 2_340_000,
      validFrom: '2024-07-01',
      source: legalSource('Mức lương cơ sở 2.340.000 đồng/tháng', 'Nghị định số 73/2024/NĐ-CP'),
    },
  ];
}
