/**
 * The one catalogue of error codes: every code any layer throws (domain rules, documents, database,
 * cycle process, API), each with its Vietnamese message, the class of answer the API gives for it
 * and whether repeating the same request may succeed. Codes are stable API: the web client reads
 * `code` and `message` from the answer, the workflow refuses with an ApplicationFailure whose `type`
 * is the code. A new code is added HERE, in the section of the layer that throws it.
 */

/** The class of answer a code gets: tRPC's error codes, hence the HTTP status. */
export type ErrorStatus =
  | 'BAD_REQUEST'
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'PRECONDITION_FAILED'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'TOO_MANY_REQUESTS'
  | 'INTERNAL_SERVER_ERROR'
  | 'SERVICE_UNAVAILABLE';

export interface ErrorEntry {
  /** What the user reads; a refusal may carry a more specific message of its own. */
  readonly message: string;
  readonly status: ErrorStatus;
  /** The same request, repeated unchanged later, may succeed (nothing for the user to correct). */
  readonly retryable: boolean;
}

const entry =
  (status: ErrorStatus, retryable = false) =>
  (message: string, options: { retryable?: boolean } = {}): ErrorEntry => ({
    message,
    status,
    retryable: options.retryable ?? retryable,
  });

/** The input breaks a rule: the user corrects it. */
const badRequest = entry('BAD_REQUEST');
const unauthorized = entry('UNAUTHORIZED');
/** The account's role or scope does not allow it. */
const forbidden = entry('FORBIDDEN');
const notFound = entry('NOT_FOUND');
/** It was already done, or collides with what exists. */
const conflict = entry('CONFLICT');
/** Not at this point of the year: an earlier step is missing. */
const preconditionFailed = entry('PRECONDITION_FAILED');
const payloadTooLarge = entry('PAYLOAD_TOO_LARGE');
const unsupportedMediaType = entry('UNSUPPORTED_MEDIA_TYPE');
const tooManyRequests = entry('TOO_MANY_REQUESTS', true);
/** A fault of the system: the answer carries the catalogue's message only, never the fault's text. */
const internalError = entry('INTERNAL_SERVER_ERROR');
const serviceUnavailable = entry('SERVICE_UNAVAILABLE', true);

export const errorCatalogue = {
  // --- generic ---------------------------------------------------------------
  INVALID_INPUT: badRequest('Dữ liệu nhập không hợp lệ.'),
  NOT_FOUND: notFound('Không tìm thấy dữ liệu yêu cầu.'),
  INVALID_DATE: badRequest('Ngày không hợp lệ (định dạng đúng: YYYY-MM-DD).'),
  DATE_RANGE_REVERSED: badRequest('Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.'),
  CONFLICT: conflict('Dữ liệu đã bị thay đổi bởi thao tác khác, vui lòng tải lại.'),
  INTERNAL: internalError('Lỗi hệ thống, vui lòng thử lại sau.', { retryable: true }),

  // --- organisation ----------------------------------------------------------
  NAME_NOT_IN_FORCE: badRequest('Không có tên gọi nào có hiệu lực tại ngày đã chọn.'),
  NOT_A_MEMBER: forbidden('Đơn vị không phải là thành viên của Khối trong năm này.'),
  SAME_UNIT_HEAD_AND_DEPUTY: badRequest('Một đơn vị không thể đồng thời là Trưởng Khối và Phó Khối.'),
  RECORD_FACT_MISSING: badRequest('Thiếu dữ liệu để lập văn bản: hãy bổ sung tại mục Quản trị → Tổ chức.'),
  PERSON_MISSING: badRequest(
    'Chưa có người giữ chức vụ cần cho văn bản: nhập tại Quản trị → Lãnh đạo, thư ký.',
  ),
  OFFICIAL_OVERLAP: badRequest('Chức vụ này đã có người đảm nhiệm trong khoảng thời gian đã chọn.'),

  // --- rule sets -------------------------------------------------------------
  RULESET_INVALID: badRequest('Bộ quy định thi đua không hợp lệ.'),
  BASE_SALARY_NOT_FOUND: badRequest('Chưa có mức lương cơ sở áp dụng cho ngày đã chọn.'),
  AMOUNT_OUT_OF_RANGE: badRequest('Số tiền vượt quá phạm vi cho phép.'),

  // --- scoring ---------------------------------------------------------------
  TEMPLATE_INVALID: badRequest('Bảng tiêu chí chấm điểm không hợp lệ.'),
  SCORE_OUT_OF_RANGE: badRequest('Điểm nằm ngoài khoảng cho phép của tiêu chí.'),
  SCORE_STEP_INVALID: badRequest('Điểm phải là bội số của bước chấm điểm (0,25 điểm).'),
  TYPED_ENTRIES_INVALID: badRequest(
    'Bản tự chấm còn ô chưa hợp lệ. Sửa các ô được đánh dấu đỏ trên trang Tự đánh giá rồi ký duyệt.',
  ),
  UNKNOWN_CRITERION: badRequest('Tiêu chí không có trong bảng tiêu chí chấm điểm.'),
  DUPLICATE_SCORE_ENTRY: badRequest('Một tiêu chí được chấm nhiều lần trong cùng một bảng điểm.'),
  REVIEW_REASON_REQUIRED: badRequest('Phải ghi rõ lý do khi điểm thẩm định khác điểm tự chấm.'),
  SCORES_INCOMPLETE: preconditionFailed('Chưa chấm điểm đủ tất cả các tiêu chí.'),

  // --- voting ----------------------------------------------------------------
  BALLOT_TOO_MANY_CHOICES: badRequest('Phiếu chọn quá số lượng đơn vị cho phép.'),
  BALLOT_OFF_LIST: badRequest('Phiếu chọn đơn vị không có trong danh sách bình xét.'),
  BALLOT_INELIGIBLE_CANDIDATE: badRequest('Phiếu chọn đơn vị không đủ điều kiện bình xét.'),
  BALLOT_DUPLICATE_CHOICE: badRequest('Phiếu chọn trùng một đơn vị nhiều lần.'),
  BALLOT_COUNT_MISMATCH: badRequest('Số phiếu thu về không khớp với số phiếu phát ra.'),
  QUORUM_NOT_MET: preconditionFailed('Hội nghị không đủ số thành viên tham dự theo quy định.'),
  NOT_PRESENT: forbidden('Đơn vị không có mặt tại Hội nghị nên không được bỏ phiếu.'),
  WRITTEN_OPINIONS_NOT_ALLOWED: badRequest(
    'Quy định không cho phép tính ý kiến bằng văn bản của thành viên vắng mặt.',
  ),
  TIE_SCORES_MISSING: badRequest('Thiếu điểm xếp hạng để phân định các đơn vị bằng phiếu.'),
  NO_RUNOFF_NEEDED: badRequest('Vòng bỏ phiếu này không cần bỏ phiếu lại.'),
  NON_VOTERS_UNCONFIRMED: preconditionFailed(
    'Còn đơn vị có mặt chưa bỏ phiếu: chủ trì phải xác nhận tên các đơn vị này trước khi kết thúc vòng.',
  ),
  VOTE_ALREADY_OPENED: preconditionFailed(
    'Đã mở bỏ phiếu nội dung này: đơn vị chỉ rút khỏi danh sách bình xét trước khi mở vòng bỏ phiếu.',
  ),
  ALREADY_WITHDRAWN: conflict('Đơn vị đã rút khỏi danh sách bình xét nội dung này.'),
  ELIGIBILITY_CASE_NOT_FOUND: notFound('Không tìm thấy vụ việc của đơn vị trong năm thi đua này.'),
  ELIGIBILITY_CASE_CLEARED: conflict('Vụ việc này đã được ghi nhận kết thúc.'),

  // --- proposals and quotas --------------------------------------------------
  QUOTA_EXCEEDED: badRequest('Số đơn vị đề nghị vượt quá số lượng cho phép.'),
  UNIT_INELIGIBLE: badRequest('Đơn vị không đủ điều kiện đề nghị khen thưởng.'),
  PROPOSAL_WITHOUT_PASSING_VOTE: badRequest(
    'Đơn vị chưa đạt tỷ lệ phiếu bình xét cần thiết để đề nghị khen thưởng.',
  ),
  DUPLICATE_AWARD: badRequest(
    'Một thành tích không được đề nghị khen thưởng nhiều hình thức trong cùng một năm.',
  ),
  DECISION_WITHOUT_PROPOSAL: badRequest(
    'Không thể ghi nhận quyết định khen thưởng cho đơn vị chưa được đề nghị.',
  ),

  // --- provincial decision ---------------------------------------------------
  INVALID_DECISION_NUMBER: badRequest('Số quyết định phải có dạng 123/QĐ-UBND.'),
  DECISION_BEFORE_PROPOSAL: badRequest('Ngày ký quyết định không được trước ngày Khối trình Tờ trình.'),
  DECISION_DATE_IN_FUTURE: badRequest('Ngày ký quyết định không được sau ngày hôm nay.'),
  DECISION_NUMBER_TAKEN: conflict(
    'Số quyết định này đã được dùng cho một quyết định khác của tỉnh trong cùng năm.',
  ),

  // --- document records (numbers, dossier, the builders' checks) ---------------
  INVALID_DOCUMENT_NUMBER: badRequest('Số, ký hiệu văn bản không hợp lệ.'),
  MISSING_NUMBER: badRequest('Thiếu số, ký hiệu văn bản.'),
  MISSING_FIELD: badRequest('Thiếu nội dung bắt buộc của văn bản.'),
  EMPTY_LIST: badRequest('Danh sách trong văn bản không được để trống.'),
  INCONSISTENT_COUNTS: badRequest('Các số liệu trong văn bản không khớp với nhau.'),
  INVALID_SCORE: badRequest('Điểm trong văn bản không khớp với bảng tiêu chí hoặc thứ hạng.'),
  DOSSIER_INCONSISTENT: badRequest('Các văn bản trong hồ sơ không thống nhất với nhau.'),
  RECORD_BUILD_FAILED: badRequest('Không lập được văn bản từ dữ liệu đã ghi nhận.'),

  // --- database --------------------------------------------------------------
  DUPLICATE_ENTRY: conflict('Dữ liệu này đã tồn tại.'),
  EVIDENCE_TOO_LARGE: payloadTooLarge('Tệp minh chứng vượt quá dung lượng cho phép.'),
  EVIDENCE_TYPE_NOT_ALLOWED: unsupportedMediaType('Loại tệp minh chứng không được chấp nhận.'),
  DOCUMENT_IMMUTABLE: conflict('Văn bản đã ký (hoặc đã ban hành) không được sửa hay ghi đè.'),
  DOCUMENT_NUMBER_TAKEN: conflict('Số văn bản này đã được cấp.'),
  AUDIT_APPEND_ONLY: badRequest('Nhật ký thao tác chỉ được ghi thêm, không được sửa hay xóa.'),
  BALLOT_SEALED: badRequest('Phiếu bầu đã bỏ vào hòm phiếu không được sửa.'),
  CONSTRAINT_VIOLATION: badRequest('Dữ liệu vi phạm ràng buộc toàn vẹn.'),
  REFERENCE_MISSING: badRequest('Dữ liệu tham chiếu không tồn tại.'),
  /** A step's own write refused by the database: a fault of the system, not of the user's input. */
  PROJECTION_INVALID: internalError('Dữ liệu của bước này không ghi được vào cơ sở dữ liệu.'),

  // --- cycle process (workflow) ----------------------------------------------
  WRONG_PHASE: preconditionFailed('Thao tác không thực hiện được ở giai đoạn hiện tại của năm thi đua.'),
  FORBIDDEN_ROLE: forbidden('Tài khoản không có vai trò được phép thực hiện thao tác này.'),
  OUT_OF_SCOPE: forbidden('Tài khoản không có quyền với đơn vị hoặc Khối này.'),
  ALREADY_VOTED: conflict('Đơn vị đã bỏ phiếu trong vòng này.'),
  ROUND_CLOSED: preconditionFailed('Vòng bỏ phiếu đã kết thúc.'),
  ROUND_NOT_OPEN: preconditionFailed('Vòng bỏ phiếu chưa được mở.'),
  BOARD_KEY_PENDING: preconditionFailed(
    'Ban kiểm phiếu chưa đăng ký đủ khóa: chưa nhận phiếu bầu cho đến khi khóa của vòng được công bố.',
    { retryable: true },
  ),
  NOT_BOARD_MEMBER: forbidden('Chỉ thành viên Ban kiểm phiếu của vòng này mới thực hiện được thao tác này.'),
  BALLOT_PROOF_INVALID: badRequest(
    'Phiếu bầu mã hóa không hợp lệ (bằng chứng không kiểm chứng được): phiếu không được nhận.',
  ),
  KEY_SHARE_INVALID: badRequest('Khóa thành phần của thành viên Ban kiểm phiếu không kiểm chứng được.'),
  PARTIAL_DECRYPTION_INVALID: badRequest(
    'Phần giải mã của thành viên Ban kiểm phiếu không kiểm chứng được: kết quả không được công bố.',
  ),
  COUNT_PENDING: preconditionFailed('Vòng bỏ phiếu chưa ở bước giải mã kết quả.'),
  NOT_SIGNED_OFF: preconditionFailed('Văn bản chưa được thủ trưởng ký duyệt.'),
  DEADLINE_PASSED: preconditionFailed('Đã quá thời hạn thực hiện.'),
  ALREADY_RESPONDED: conflict('Đơn vị đã phản hồi nội dung này.'),
  ALREADY_SUBMITTED: conflict('Hồ sơ đã được gửi, không thể sửa.'),
  UPDATE_ID_MISMATCH: conflict('Mã thao tác không khớp với mã yêu cầu gửi đến quy trình.'),
  PLAN_NOT_ADOPTED: preconditionFailed('Kế hoạch, bảng tiêu chí và bộ quy định của năm chưa được thông qua.'),
  PLAN_ALREADY_SIGNED: conflict('Đã có đơn vị ký giao ước; không thể thay đổi kế hoạch đã thông qua.'),
  ALREADY_SIGNED: conflict('Đơn vị đã ký giao ước thi đua.'),
  ALREADY_REGISTERED: conflict('Đơn vị đã đăng ký thi đua.'),
  EXTENSION_ALREADY_GRANTED: conflict('Đơn vị đã được gia hạn một lần.'),
  NOT_SUBMITTED: preconditionFailed('Đơn vị chưa nộp bản tự chấm điểm.'),
  UNITS_PENDING: preconditionFailed('Còn đơn vị chưa hoàn thành bước này.'),
  ROUND_ALREADY_OPEN: conflict('Đang có vòng bỏ phiếu mở cho nội dung này.'),
  VOTE_ALREADY_DECIDED: conflict('Nội dung này đã có kết quả bình xét.'),
  RESULTS_PENDING: preconditionFailed('Chưa có kết quả bình xét cho tất cả các nội dung.'),
  LEADERSHIP_NOT_ELECTED: preconditionFailed('Chưa bầu được Trưởng Khối và Phó Khối năm sau.'),
  ROTATION_UNCONFIRMED: preconditionFailed(
    'Kết quả bầu Trưởng Khối, Phó Khối năm sau khác thông lệ luân phiên của Khối: chủ trì ghi lý do để xác nhận.',
  ),
  DOCUMENTS_NOT_READY: preconditionFailed('Hồ sơ đang được lập, vui lòng thử lại sau.', { retryable: true }),
  NOT_ACCEPTED: preconditionFailed('Hồ sơ chưa được thẩm định chấp thuận.'),
  ALREADY_ACCEPTED: conflict('Hồ sơ đã được thẩm định chấp thuận.'),
  NOMINATION_NOT_FOUND: notFound('Không tìm thấy đơn vị được đề nghị khen thưởng.'),
  NOMINATION_ALREADY_CUT: conflict('Đề nghị khen thưởng này đã bị loại.'),
  AWARD_NOT_DECIDED: preconditionFailed(
    'Đơn vị không được tặng hình thức khen thưởng này trong quyết định của năm.',
  ),
  REVOCATION_ALREADY_PROPOSED: conflict('Đã đề nghị hủy/thu hồi khen thưởng này.'),
  DECISION_IN_PROGRESS: conflict('Quyết định khen thưởng đang được ghi nhận, vui lòng chờ trong giây lát.', {
    retryable: true,
  }),
  CYCLE_ALREADY_STARTED: conflict('Năm thi đua này đã được khởi tạo.'),
  CYCLE_NOT_STARTED: notFound('Năm thi đua chưa được khởi động trên hệ thống quy trình.'),
  /** A step only checked (the parity check of allowedActions), never performed. */
  PROBE_ACCEPTED: badRequest(
    'Thao tác được phép với tài khoản và giai đoạn hiện tại (chỉ kiểm tra, chưa thực hiện).',
  ),
  DATABASE_UNAVAILABLE: serviceUnavailable(
    'Cơ sở dữ liệu tạm thời không truy cập được (đang khởi động lại hoặc bảo trì). Vui lòng thử lại sau ít phút.',
  ),
  WORKFLOW_UNAVAILABLE: serviceUnavailable(
    'Hệ thống quy trình tạm thời không phản hồi, vui lòng thử lại sau.',
  ),

  // --- api: sign-in, files, screens ------------------------------------------
  UNAUTHENTICATED: unauthorized('Vui lòng đăng nhập.'),
  INVALID_CREDENTIALS: unauthorized('Tên đăng nhập hoặc mật khẩu không đúng.'),
  SESSION_EXPIRED: unauthorized('Phiên làm việc đã hết hạn, vui lòng đăng nhập lại.'),
  LOGIN_LOCKED: tooManyRequests('Nhập sai mật khẩu quá nhiều lần. Vui lòng thử lại sau ít phút.'),
  BATCH_NOT_ALLOWED: badRequest(
    'Đăng nhập, đổi mật khẩu và mỗi thao tác có mã thao tác phải gửi riêng từng yêu cầu, không gộp chung.',
  ),
  INVALID_ACTION_KEY: badRequest(
    'Mã thao tác (tiêu đề x-thidua-action) không hợp lệ: cần 16–64 ký tự chữ, số hoặc dấu gạch ngang.',
  ),
  REQUEST_TOO_LARGE: payloadTooLarge('Yêu cầu quá lớn.'),
  REQUEST_TOO_DEEP: badRequest('Dữ liệu gửi lên lồng nhau quá nhiều cấp.'),
  PASSWORD_CHANGE_REQUIRED: preconditionFailed('Vui lòng đổi mật khẩu trước khi tiếp tục.'),
  WEAK_PASSWORD: badRequest('Mật khẩu mới phải có ít nhất 10 ký tự, gồm chữ và số, và khác tên đăng nhập.'),
  WRONG_PASSWORD: badRequest('Mật khẩu hiện tại không đúng.'),
  CSRF_REJECTED: forbidden('Yêu cầu bị từ chối vì không đến từ ứng dụng Thi đua.'),
  FILE_TOO_LARGE: payloadTooLarge('Tệp vượt quá dung lượng cho phép.'),
  FILE_TYPE_NOT_ALLOWED: unsupportedMediaType('Loại tệp không được chấp nhận.'),
  FILE_CONTENT_MISMATCH: badRequest('Nội dung tệp không khớp với loại tệp đã khai báo.'),
  FILE_NAME_INVALID: badRequest(
    'Tên tệp không hợp lệ: cần tên đọc được và phần mở rộng pdf, docx, xlsx, jpg hoặc png.',
  ),
  ARCHIVE_REFUSED: badRequest(
    'Tệp Word/Excel không hợp lệ hoặc khi giải nén quá lớn (có thể là tệp độc hại); hãy lưu lại tệp rồi tải lên.',
  ),
  EVIDENCE_QUOTA_EXCEEDED: payloadTooLarge('Đã vượt dung lượng hoặc số tệp minh chứng cho phép.'),
  CYCLE_SETUP_INCOMPLETE: preconditionFailed(
    'Chưa đủ dữ liệu để khởi tạo năm thi đua (đơn vị thành viên, Trưởng Khối, Phó Khối, bộ quy định, bảng tiêu chí).',
  ),
  SELF_GRANT_FORBIDDEN: forbidden('Không ai được tự cấp vai trò cho chính tài khoản của mình.'),
  ROLE_CHANGE_DURING_ROUND: conflict(
    'Đang có vòng bỏ phiếu mở của Khối liên quan: chỉ được thay đổi vai trò sau khi vòng bỏ phiếu kết thúc.',
  ),
  SHEET_NOT_VISIBLE: preconditionFailed('Bảng điểm của đơn vị chưa được nộp nên chưa thể xem.'),
} as const satisfies Record<string, ErrorEntry>;

export type ErrorCode = keyof typeof errorCatalogue;

export const errorCodes = Object.keys(errorCatalogue) as ErrorCode[];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(errorCatalogue, value);
}

/** Each code's message, for screens that show a rule before the server is asked. */
export const errorMessages = Object.fromEntries(
  errorCodes.map((code) => [code, errorCatalogue[code].message]),
) as { readonly [C in ErrorCode]: string };
