// What the checker expects of each record of the demo dossier.
import type { RecordType } from '../src/dossier';
import type { RecordSpec } from './format-checker';

const BLOC = { issuer: 'KHỐI THI ĐUA NỘI CHÍNH', parent: 'UBND TỈNH BẮC KẠN' } as const;
const HEAD = ['TM. KHỐI THI ĐUA NỘI CHÍNH', 'TRƯỞNG KHỐI', 'GIÁM ĐỐC SỞ NỘI VỤ', 'Nông Văn Hải'];

const ACHIEVEMENT: Record<string, Partial<RecordSpec>> = {
  'thanh-tra': {
    issuer: 'THANH TRA TỈNH',
    parent: 'UBND TỈNH BẮC KẠN',
    signatures: ['CHÁNH THANH TRA', 'Lường Văn Thành'],
  },
  'bo-chi-huy': {
    issuer: 'BỘ CHỈ HUY QUÂN SỰ\nTỈNH BẮC KẠN',
    parent: 'BỘ TƯ LỆNH QUÂN KHU 1',
    signatures: ['CHỈ HUY TRƯỞNG', 'Ma Văn Cường'],
  },
  'so-tu-phap': { issuer: 'SỞ TƯ PHÁP', parent: 'UBND TỈNH BẮC KẠN', signatures: ['GIÁM ĐỐC', 'Hà Thị Lan'] },
};

/** A landscape table sent with another record: no number or date line of its own, the head signs. */
const attachment = (docType: string, contains: string[]): RecordSpec => ({
  ...BLOC,
  docType,
  number: 'absent',
  dateLine: 'absent',
  signatures: HEAD,
  recipients: false,
  orientation: 'landscape',
  contains,
});

export function specFor(recordType: RecordType, fileName: string): RecordSpec {
  switch (recordType) {
    case 'proposal':
      return {
        ...BLOC,
        docType: 'TỜ TRÌNH',
        number: 'required',
        typeCode: 'TTr',
        dateLine: 'required',
        signatures: HEAD,
        recipients: true,
        orientation: 'portrait',
        contains: [
          'Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Bắc Kạn',
          '(qua Ban Thi đua - Khen thưởng, Sở Nội vụ)',
          'Căn cứ Quyết định số 05/2021/QĐ-UBND ngày 20 tháng 4 năm 2021 của Ủy ban nhân dân tỉnh Bắc Kạn',
          'Căn cứ Quy chế hoạt động của Khối thi đua Nội chính tỉnh Bắc Kạn năm 2022 ban hành kèm theo Quyết định số 01/QĐ-KTĐNC ngày 15 tháng 02 năm 2022',
          'Hồ sơ kèm theo gồm:',
        ],
      };
    case 'nominationList':
      return attachment('DANH SÁCH', [
        '(Kèm theo Tờ trình số 01/TTr-KTĐNC ngày 05 tháng 01 năm 2023',
        'Tóm tắt thành tích',
        'Số phiếu/tỷ lệ',
      ]);
    case 'conferenceMinutes':
      return {
        ...BLOC,
        docType: 'BIÊN BẢN',
        number: 'required',
        typeCode: 'BB',
        dateLine: 'absent',
        signatures: ['THƯ KÝ', 'CHỦ TỌA', 'La Thị Huyền', 'Nông Văn Hải'],
        recipients: true,
        orientation: 'portrait',
        contains: [
          'Thời gian bắt đầu:',
          'Địa điểm:',
          'Thành phần tham dự:',
          'Chủ trì (chủ tọa):',
          'Thư ký (người ghi biên bản):',
          'Thanh tra tỉnh là đơn vị Trưởng khối',
          'Công an tỉnh là đơn vị Phó Trưởng khối',
          'Biên bản đã được đọc lại cho Hội nghị nghe và được Hội nghị nhất trí thông qua.',
        ],
      };
    case 'tallyMinutes':
      return {
        ...BLOC,
        docType: 'BIÊN BẢN',
        number: 'required',
        typeCode: 'BB',
        dateLine: 'absent',
        signatures: ['TRƯỞNG BAN KIỂM PHIẾU', 'THÀNH VIÊN', 'Đinh Văn Khánh'],
        recipients: false,
        orientation: 'portrait',
        contains: [
          'Số phiếu phát ra',
          'Số phiếu đồng ý',
          'Tỷ lệ % (trên 09 đơn vị thành viên)',
          'Kết luận',
          'Được đề nghị',
          'Biên bản đã được đọc lại cho Hội nghị nghe',
        ],
      };
    case 'ballot':
      return {
        ...BLOC,
        docType: 'PHIẾU BẦU',
        number: 'absent',
        dateLine: 'absent',
        signatures: [],
        recipients: false,
        orientation: 'portrait',
        contains: ['Đồng ý thì đánh dấu (x)', 'chọn không quá 0', 'đơn vị đề nghị tặng'],
      };
    case 'yearEndReport':
      return {
        ...BLOC,
        docType: 'BÁO CÁO',
        number: 'required',
        typeCode: 'BC',
        dateLine: 'required',
        signatures: HEAD,
        recipients: true,
        orientation: 'portrait',
      };
    case 'scoreSummary':
      return {
        ...BLOC,
        docType: 'BÁO CÁO',
        number: 'required',
        typeCode: 'BC',
        dateLine: 'required',
        signatures: HEAD,
        recipients: true,
        orientation: 'landscape',
        contains: ['BẢNG TỔNG HỢP ĐIỂM THI ĐUA NĂM 2022', 'Xếp hạng'],
      };
    case 'reviewSummary':
      // Attached to the score table's Báo cáo, as the Danh sách is to the Tờ trình.
      return attachment('BẢNG TỔNG HỢP', [
        'Kết quả chấm chéo, thẩm định điểm thi đua năm 2022',
        '(Kèm theo Báo cáo số 16/BC-KTĐNC',
        'Điều chỉnh và lý do',
      ]);
    case 'achievementReport': {
      const key = Object.keys(ACHIEVEMENT).find((k) => fileName.includes(k)) ?? '';
      return {
        issuer: '',
        signatures: [],
        ...ACHIEVEMENT[key],
        docType: 'BÁO CÁO THÀNH TÍCH',
        number: 'required',
        typeCode: 'BC',
        dateLine: 'required',
        recipients: false,
        orientation: 'portrait',
        contains: [
          'I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH',
          'II. THÀNH TÍCH ĐẠT ĐƯỢC',
          'III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG',
        ],
      };
    }
    case 'pact':
      return {
        ...BLOC,
        docType: 'GIAO ƯỚC THI ĐUA',
        number: 'required',
        typeCode: 'GƯ',
        dateLine: 'required',
        signatures: ['SỞ NỘI VỤ', 'THANH TRA TỈNH', 'CHÁNH THANH TRA', 'Lường Văn Thành', 'Phùng Văn Đức'],
        recipients: false,
        orientation: 'portrait',
        contains: ['Chỉ tiêu, nhiệm vụ đăng ký thi đua'],
      };
    case 'decision':
      return {
        issuer: 'ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN',
        docType: 'QUYẾT ĐỊNH',
        number: 'draft',
        dateLine: 'draft',
        signatures: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Hoàng Minh Đức'],
        recipients: true,
        orientation: 'portrait',
        sections: 2,
        contains: [
          'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC KẠN',
          'Xét đề nghị của Giám đốc Sở Nội vụ và Tờ trình số 01/TTr-KTĐNC ngày 05/01/2023 của Khối thi đua Nội chính.',
          'QUYẾT ĐỊNH:',
          'Điều 1.',
          'Điều 2.',
          'Điều 3. Quyết định này có hiệu lực kể từ ngày ký.',
          'Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Giám đốc Sở Tài chính, Thủ trưởng các cơ quan, đơn vị có liên quan và các tập thể có tên tại Điều 1 (',
          'chịu trách nhiệm thi hành Quyết định này./.',
          '- Như Điều 3;',
          '- Lưu: VT, NC.',
          '(Kèm theo Quyết định số',
          '11.920.000',
          'Mười một triệu chín trăm hai mươi nghìn đồng',
          'Mười bảy triệu tám trăm tám mươi nghìn đồng',
        ],
      };
  }
}
