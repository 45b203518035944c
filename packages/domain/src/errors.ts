/**
 * The one catalogue of error codes and their Vietnamese messages.
 *
 * Codes are stable API: the UI maps a code to a message, the workflow turns a
 * DomainError into an ApplicationFailure whose `type` is the code. Later layers
 * (workflows, api) add their codes HERE, in the section for their layer, so the
 * union `ErrorCode` stays the single source of truth.
 */
export const errorMessages = {
  // --- generic ---------------------------------------------------------------
  INVALID_INPUT: 'Dữ liệu nhập không hợp lệ.',
  NOT_FOUND: 'Không tìm thấy dữ liệu yêu cầu.',
  INVALID_DATE: 'Ngày không hợp lệ (định dạng đúng: YYYY-MM-DD).',

  // --- organisation ----------------------------------------------------------
  NAME_NOT_IN_FORCE: 'Không có tên gọi nào có hiệu lực tại ngày đã chọn.',
  NOT_A_MEMBER: 'Đơn vị không phải là thành viên của Khối trong năm này.',
  SAME_UNIT_HEAD_AND_DEPUTY: 'Một đơn vị không thể đồng thời là Trưởng Khối và Phó Khối.',
  RECORD_FACT_MISSING: 'Thiếu dữ liệu để lập văn bản: hãy bổ sung tại mục Quản trị → Tổ chức.',
  PERSON_MISSING: 'Chưa có người giữ chức vụ cần cho văn bản: nhập tại Quản trị → Lãnh đạo, thư ký.',
  OFFICIAL_OVERLAP: 'Chức vụ này đã có người đảm nhiệm trong khoảng thời gian đã chọn.',

  // --- rule sets -------------------------------------------------------------
  RULESET_INVALID: 'Bộ quy định thi đua không hợp lệ.',
  BASE_SALARY_NOT_FOUND: 'Chưa có mức lương cơ sở áp dụng cho ngày đã chọn.',
  AMOUNT_OUT_OF_RANGE: 'Số tiền vượt quá phạm vi cho phép.',

  // --- scoring ---------------------------------------------------------------
  TEMPLATE_INVALID: 'Bảng tiêu chí chấm điểm không hợp lệ.',
  SCORE_OUT_OF_RANGE: 'Điểm nằm ngoài khoảng cho phép của tiêu chí.',
  SCORE_STEP_INVALID: 'Điểm phải là bội số của bước chấm điểm (0,25 điểm).',
  UNKNOWN_CRITERION: 'Tiêu chí không có trong bảng tiêu chí chấm điểm.',
  DUPLICATE_SCORE_ENTRY: 'Một tiêu chí được chấm nhiều lần trong cùng một bảng điểm.',
  REVIEW_REASON_REQUIRED: 'Phải ghi rõ lý do khi điểm thẩm định khác điểm tự chấm.',
  SCORES_INCOMPLETE: 'Chưa chấm điểm đủ tất cả các tiêu chí.',

  // --- voting ----------------------------------------------------------------
  BALLOT_TOO_MANY_CHOICES: 'Phiếu chọn quá số lượng đơn vị cho phép.',
  BALLOT_OFF_LIST: 'Phiếu chọn đơn vị không có trong danh sách bình xét.',
  BALLOT_INELIGIBLE_CANDIDATE: 'Phiếu chọn đơn vị không đủ điều kiện bình xét.',
  BALLOT_DUPLICATE_CHOICE: 'Phiếu chọn trùng một đơn vị nhiều lần.',
  BALLOT_COUNT_MISMATCH: 'Số phiếu thu về không khớp với số phiếu phát ra.',
  QUORUM_NOT_MET: 'Hội nghị không đủ số thành viên tham dự theo quy định.',
  NOT_PRESENT: 'Đơn vị không có mặt tại Hội nghị nên không được bỏ phiếu.',
  WRITTEN_OPINIONS_NOT_ALLOWED: 'Quy định không cho phép tính ý kiến bằng văn bản của thành viên vắng mặt.',
  TIE_SCORES_MISSING: 'Thiếu điểm xếp hạng để phân định các đơn vị bằng phiếu.',
  NO_RUNOFF_NEEDED: 'Vòng bỏ phiếu này không cần bỏ phiếu lại.',

  // --- proposals and quotas --------------------------------------------------
  QUOTA_EXCEEDED: 'Số đơn vị đề nghị vượt quá số lượng cho phép.',
  UNIT_INELIGIBLE: 'Đơn vị không đủ điều kiện đề nghị khen thưởng.',
  PROPOSAL_WITHOUT_PASSING_VOTE: 'Đơn vị chưa đạt tỷ lệ phiếu bình xét cần thiết để đề nghị khen thưởng.',
  DUPLICATE_AWARD: 'Một thành tích không được đề nghị khen thưởng nhiều hình thức trong cùng một năm.',
  DECISION_WITHOUT_PROPOSAL: 'Không thể ghi nhận quyết định khen thưởng cho đơn vị chưa được đề nghị.',

  // --- provincial decision ---------------------------------------------------
  INVALID_DECISION_NUMBER: 'Số quyết định phải có dạng 123/QĐ-UBND.',
  DECISION_BEFORE_PROPOSAL: 'Ngày ký quyết định không được trước ngày Khối trình Tờ trình.',
  DECISION_DATE_IN_FUTURE: 'Ngày ký quyết định không được sau ngày hôm nay.',
  DECISION_NUMBER_TAKEN: 'Số quyết định này đã được dùng cho một quyết định khác của tỉnh trong cùng năm.',

  // --- documents -------------------------------------------------------------
  INVALID_DOCUMENT_NUMBER: 'Số, ký hiệu văn bản không hợp lệ.',
  DOSSIER_INCONSISTENT: 'Các văn bản trong hồ sơ không thống nhất với nhau.',

  // --- workflow (cycle process) ----------------------------------------------
  WRONG_PHASE: 'Thao tác không thực hiện được ở giai đoạn hiện tại của năm thi đua.',
  CYCLE_NOT_STARTED: 'Năm thi đua chưa được khởi động trên hệ thống quy trình.',
  CYCLE_ALREADY_STARTED: 'Năm thi đua này đã được khởi tạo.',
  PROBE_ACCEPTED: 'Thao tác được phép với tài khoản và giai đoạn hiện tại (chỉ kiểm tra, chưa thực hiện).',
  FORBIDDEN_ROLE: 'Tài khoản không có vai trò được phép thực hiện thao tác này.',
  OUT_OF_SCOPE: 'Tài khoản không có quyền với đơn vị hoặc Khối này.',
  ALREADY_VOTED: 'Đơn vị đã bỏ phiếu trong vòng này.',
  ROUND_CLOSED: 'Vòng bỏ phiếu đã kết thúc.',
  ROUND_NOT_OPEN: 'Vòng bỏ phiếu chưa được mở.',
  NOT_SIGNED_OFF: 'Văn bản chưa được thủ trưởng ký duyệt.',
  DEADLINE_PASSED: 'Đã quá thời hạn thực hiện.',
  ALREADY_RESPONDED: 'Đơn vị đã phản hồi nội dung này.',
  ALREADY_SUBMITTED: 'Hồ sơ đã được gửi, không thể sửa.',

  // --- api ---------------------------------------------------------------------
  UNAUTHENTICATED: 'Vui lòng đăng nhập.',
  CONFLICT: 'Dữ liệu đã bị thay đổi bởi thao tác khác, vui lòng tải lại.',
} as const satisfies Record<string, string>;

export type ErrorCode = keyof typeof errorMessages;

export const errorCodes = Object.keys(errorMessages) as ErrorCode[];

export type ErrorDetails = Readonly<Record<string, unknown>>;

/** A rule of the field was broken. `message` is Vietnamese and may be more specific than the catalogue's. */
export class DomainError extends Error {
  override readonly name = 'DomainError';
  readonly code: ErrorCode;
  readonly details: ErrorDetails;

  constructor(code: ErrorCode, message?: string, details: ErrorDetails = {}) {
    super(message ?? errorMessages[code]);
    this.code = code;
    this.details = details;
  }
}

export function domainError(code: ErrorCode, message?: string, details?: ErrorDetails): DomainError {
  return new DomainError(code, message, details);
}

export function isDomainError(value: unknown, code?: ErrorCode): value is DomainError {
  return value instanceof DomainError && (code === undefined || value.code === code);
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(errorMessages, value);
}

/** The plain, serialisable shape that crosses workflow and HTTP boundaries. */
export interface ErrorPayload {
  code: ErrorCode;
  message: string;
  details: ErrorDetails;
}

export function toErrorPayload(error: DomainError): ErrorPayload {
  return { code: error.code, message: error.message, details: error.details };
}

export function fromErrorPayload(payload: ErrorPayload): DomainError {
  return new DomainError(payload.code, payload.message, payload.details);
}

/** Throws the first error of a list, carrying all of them in `details.issues`. */
export function throwFirst(errors: readonly DomainError[]): void {
  const [first] = errors;
  if (!first) return;
  if (errors.length === 1) throw first;
  throw new DomainError(first.code, first.message, {
    ...first.details,
    issues: errors.map(toErrorPayload),
  });
}
