import type { ErrorCode } from '@thidua/domain';

export const common = {
  appName: 'Thi đua',
  appTagline: 'Quản lý thi đua, khen thưởng của Khối thi đua',
  loading: 'Đang tải…',
  saving: 'Đang lưu…',
  saved: 'Đã lưu',
  save: 'Lưu',
  cancel: 'Hủy',
  confirm: 'Xác nhận',
  close: 'Đóng',
  back: 'Quay lại',
  retry: 'Thử lại',
  edit: 'Sửa',
  add: 'Thêm',
  delete: 'Xóa',
  search: 'Tìm kiếm',
  download: 'Tải về',
  print: 'In',
  preview: 'Xem trước',
  open: 'Mở',
  all: 'Tất cả',
  none: 'Không có',
  yes: 'Có',
  no: 'Không',
  reason: 'Lý do',
  returnReason: 'Lý do trả lại',
  note: 'Ghi chú',
  unit: 'Đơn vị',
  bloc: 'Khối thi đua',
  year: 'Năm',
  status: 'Trạng thái',
  actions: 'Thao tác',
  dueDate: 'Hạn',
  updatedAt: 'Cập nhật lúc',
  emptyList: 'Chưa có dữ liệu.',
  notFound: 'Không tìm thấy trang yêu cầu.',
  forbiddenTitle: 'Không có quyền truy cập',
  forbidden:
    'Tài khoản của bạn không được mở trang này. Nếu cần, đề nghị quản trị hệ thống cấp thêm vai trò cho tài khoản.',
  toHome: 'Về trang Việc cần làm',
  required: 'Vui lòng nhập thông tin này.',
  unexpectedError: 'Đã xảy ra lỗi. Vui lòng thử lại.',
  unsupportedYet: 'Chức năng này chưa sẵn sàng trên máy chủ.',
  pageError: 'Không hiển thị được trang này.',
};

export const countdown = {
  daysLeft: (d: number, h: number) => (d > 0 ? `Còn ${d} ngày ${h} giờ` : `Còn ${h} giờ`),
  minutesLeft: (m: number) => `Còn ${m} phút`,
  overdueBy: (d: number, h: number) => (d > 0 ? `Quá hạn ${d} ngày` : `Quá hạn ${h} giờ`),
  overdue: 'Quá hạn',
  done: 'Đã qua',
  extendedTo: (date: string) => `Gia hạn đến ${date}`,
};

export const errors = {
  network: 'Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại; nội dung đã nhập vẫn được giữ.',
  /** The UI's own wording for some catalogue codes; any other code shows the server's message. */
  byCode: {
    INTERNAL: 'Máy chủ gặp sự cố. Vui lòng thử lại sau; nội dung đã nhập vẫn được giữ.',
    UNAUTHENTICATED: 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.',
    WORKFLOW_UNAVAILABLE:
      'Hệ thống quy trình tạm thời không phản hồi. Nội dung đã nhập vẫn được giữ, vui lòng thử lại sau.',
  } satisfies Partial<Record<ErrorCode, string>>,
  uploadFailed: 'Tải tệp lên không thành công.',
  downloadFailed: 'Không tải được tệp.',
};
