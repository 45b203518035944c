import { errorMessages } from '@thidua/domain';

/**
 * Codes only the API knows, with their Vietnamese messages. Candidates for the domain catalogue;
 * the web client treats every `error.data.code` the same way, whichever layer defined it.
 */
export const apiErrorMessages = {
  INVALID_CREDENTIALS: 'Tên đăng nhập hoặc mật khẩu không đúng.',
  LOGIN_LOCKED: 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ít phút.',
  SESSION_EXPIRED: 'Phiên làm việc đã hết hạn, vui lòng đăng nhập lại.',
  PASSWORD_CHANGE_REQUIRED: 'Vui lòng đổi mật khẩu trước khi tiếp tục.',
  WEAK_PASSWORD: 'Mật khẩu mới phải có ít nhất 10 ký tự, gồm chữ và số, và khác tên đăng nhập.',
  WRONG_PASSWORD: 'Mật khẩu hiện tại không đúng.',
  CSRF_REJECTED: 'Yêu cầu bị từ chối vì không đến từ ứng dụng Thi đua.',
  FILE_TOO_LARGE: 'Tệp vượt quá dung lượng cho phép.',
  FILE_TYPE_NOT_ALLOWED: 'Loại tệp không được chấp nhận.',
  FILE_CONTENT_MISMATCH: 'Nội dung tệp không khớp với loại tệp đã khai báo.',
  CYCLE_ALREADY_STARTED: 'Năm thi đua này đã được khởi tạo.',
  CYCLE_SETUP_INCOMPLETE:
    'Chưa đủ dữ liệu để khởi tạo năm thi đua (đơn vị thành viên, Trưởng Khối, Phó Khối, bộ quy định, bảng tiêu chí).',
  SHEET_NOT_VISIBLE: 'Bảng điểm của đơn vị chưa được nộp nên chưa thể xem.',
  CYCLE_NOT_STARTED: 'Năm thi đua chưa được khởi động trên hệ thống quy trình.',
  WORKFLOW_UNAVAILABLE: 'Hệ thống quy trình tạm thời không phản hồi, vui lòng thử lại sau.',
  INTERNAL: 'Lỗi hệ thống, vui lòng thử lại sau.',
} as const;

export type ApiErrorCode = keyof typeof apiErrorMessages;

/** The message for any code of any layer; the code itself when nobody catalogued it. */
export function messageFor(code: string): string {
  return (
    (errorMessages as Record<string, string>)[code] ??
    (apiErrorMessages as Record<string, string>)[code] ??
    code
  );
}

export function isCatalogued(code: string): boolean {
  return Object.hasOwn(errorMessages, code) || Object.hasOwn(apiErrorMessages, code);
}
