import { demoOfficials, officialAt } from '@thidua/domain';
// The records' format checker lives with the record builders; a test-only import, no runtime link.
import type { RecordSpec } from '../../../documents/test/format-checker';

export interface YearRecords {
  /** The province's name on the records' day: 'Thái Nguyên'. */
  province: string;
  year: number;
  /** The day the bloc's records are signed: whose signatures they carry. */
  signedOn: string;
  /** The unit heading the bloc that year (it signs for the bloc). */
  headUnitId: string;
  /** The signature lines of the decision. */
  decisionSigner: string[];
  /** The unit a Báo cáo thành tích file is of, with its name. */
  nominee: (fileName: string) => { unitId: string; name: string };
}

const upper = (text: string) => text.toLocaleUpperCase('vi');

const headOf = (unitId: string, date: string) =>
  officialAt(demoOfficials, { position: 'unitHead', orgId: unitId, orgName: unitId }, date);

/** What the format checker expects of each record of a live year's dossier, by its file name. */
export function liveRecordSpec(y: YearRecords, fileName: string): RecordSpec {
  const bloc = { issuer: 'KHỐI THI ĐUA NỘI CHÍNH', parent: `UBND TỈNH ${upper(y.province)}` } as const;
  const head = headOf(y.headUnitId, y.signedOn);
  const blocSigner = [
    'TM. KHỐI THI ĐUA NỘI CHÍNH',
    'TRƯỞNG KHỐI',
    upper(head.signatureTitle ?? ''),
    head.fullName,
  ];
  const base = { recipients: false, orientation: 'portrait' } as const;
  if (fileName === 'giao-uoc-thi-dua.docx') {
    // Signed jointly by every unit's head: no number of its own.
    return {
      ...base,
      ...bloc,
      docType: 'GIAO ƯỚC THI ĐUA',
      number: 'absent',
      dateLine: 'required',
      signatures: [upper(head.signatureTitle ?? ''), head.fullName],
    };
  }
  if (fileName.startsWith('phieu-bau-'))
    return { ...base, ...bloc, docType: 'PHIẾU BẦU', number: 'absent', dateLine: 'absent', signatures: [] };
  if (fileName.startsWith('bien-ban-kiem-phieu-')) {
    return {
      ...base,
      ...bloc,
      docType: 'BIÊN BẢN',
      number: 'required',
      typeCode: 'BB',
      dateLine: 'absent',
      signatures: ['TRƯỞNG BAN KIỂM PHIẾU', 'THÀNH VIÊN'],
      contains: ['Số phiếu phát ra', 'Kết luận'],
    };
  }
  if (fileName === 'bien-ban-hoi-nghi.docx') {
    return {
      ...base,
      ...bloc,
      docType: 'BIÊN BẢN',
      number: 'required',
      typeCode: 'BB',
      dateLine: 'absent',
      recipients: true,
      signatures: ['THƯ KÝ', 'CHỦ TỌA'],
      contains: ['Thời gian bắt đầu:', 'Địa điểm:', 'Thành phần tham dự:'],
    };
  }
  if (fileName === 'bang-tong-hop-diem.docx') {
    return {
      ...base,
      ...bloc,
      docType: 'BÁO CÁO',
      number: 'required',
      typeCode: 'BC',
      dateLine: 'required',
      recipients: true,
      orientation: 'landscape',
      signatures: blocSigner,
      contains: [`BẢNG TỔNG HỢP ĐIỂM THI ĐUA NĂM ${y.year}`],
    };
  }
  if (fileName === 'bang-tong-hop-cham-cheo.docx') {
    // Attached to the score table's Báo cáo: no number or date line of its own.
    return {
      ...base,
      ...bloc,
      docType: 'BẢNG TỔNG HỢP',
      number: 'absent',
      dateLine: 'absent',
      orientation: 'landscape',
      signatures: blocSigner,
      contains: [`Kết quả chấm chéo, thẩm định điểm thi đua năm ${y.year}`, 'Kèm theo Báo cáo số'],
    };
  }
  if (fileName === 'bao-cao-tong-ket.docx') {
    return {
      ...base,
      ...bloc,
      docType: 'BÁO CÁO',
      number: 'required',
      typeCode: 'BC',
      dateLine: 'required',
      recipients: true,
      signatures: blocSigner,
    };
  }
  if (fileName.startsWith('bao-cao-thanh-tich-')) {
    // Signed by the unit's own head under the unit's name; the unit numbers it, not the bloc.
    const { unitId, name } = y.nominee(fileName);
    const unit = headOf(unitId, y.signedOn);
    return {
      ...base,
      issuer: upper(name),
      docType: 'BÁO CÁO THÀNH TÍCH',
      number: 'absent',
      dateLine: 'required',
      signatures: [upper(unit.signatureTitle ?? ''), unit.fullName],
      contains: [
        'I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH',
        'II. THÀNH TÍCH ĐẠT ĐƯỢC',
        'III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG',
      ],
    };
  }
  if (fileName === 'to-trinh.docx') {
    return {
      ...base,
      ...bloc,
      docType: 'TỜ TRÌNH',
      number: 'required',
      typeCode: 'TTr',
      dateLine: 'required',
      recipients: true,
      signatures: blocSigner,
      contains: [`Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh ${y.province}`],
    };
  }
  if (fileName.startsWith('to-trinh-thu-hoi-')) {
    // Đề nghị hủy/thu hồi khen thưởng: a Tờ trình of the bloc to the Chairman, like the proposal.
    return {
      ...base,
      ...bloc,
      docType: 'TỜ TRÌNH',
      number: 'required',
      typeCode: 'TTr',
      dateLine: 'required',
      recipients: true,
      signatures: blocSigner,
      contains: [`Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh ${y.province}`, 'Lý do đề nghị:'],
    };
  }
  if (fileName === 'danh-sach-de-nghi.docx') {
    return {
      ...base,
      ...bloc,
      docType: 'DANH SÁCH',
      number: 'absent',
      dateLine: 'absent',
      orientation: 'landscape',
      signatures: blocSigner,
    };
  }
  if (fileName === 'quyet-dinh.docx') {
    return {
      ...base,
      issuer: `ỦY BAN NHÂN DÂN\nTỈNH ${upper(y.province)}`,
      docType: 'QUYẾT ĐỊNH',
      number: 'required',
      typeCode: 'QĐ',
      dateLine: 'required',
      recipients: true,
      sections: 2,
      signatures: y.decisionSigner,
      contains: ['QUYẾT ĐỊNH:', 'Điều 1.'],
    };
  }
  throw new Error(`no record is expected under the name ${fileName}`);
}

/** A stand-in is never printed; the decision's Điều 3 names "Thủ trưởng các cơ quan" by law. */
export const STAND_IN = /…|Thủ trưởng (?!các cơ quan)|Cán bộ |TODO/;
