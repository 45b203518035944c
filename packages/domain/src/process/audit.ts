/**
 * Every action the audit log records, with the label the audit screen shows. Steps of the year name
 * theirs in the step registry (steps.ts); the rest are the system's own (timers, records) and the
 * administration's.
 */
export const auditActionLabels = {
  // --- steps of the year -------------------------------------------------------------------------
  'cycle.start': 'Khởi động năm thi đua',
  'plan.adopt': 'Thông qua kế hoạch',
  'pact.sign': 'Ký giao ước',
  'registration.submit': 'Đăng ký thi đua',
  'selfAssessment.saveDraft': 'Lưu nháp bản tự chấm',
  'evidence.upload': 'Tải minh chứng',
  'evidence.delete': 'Xóa minh chứng',
  'selfAssessment.signOff': 'Ký duyệt bản tự chấm',
  'selfAssessment.submit': 'Nộp bản tự chấm',
  'deadline.extend': 'Gia hạn cho đơn vị',
  'deadline.move': 'Dời thời hạn',
  'cycle.advance': 'Chuyển giai đoạn (Trưởng Khối)',
  'review.scores': 'Chấm thẩm định',
  'review.respond': 'Phản hồi thẩm định',
  'selfAssessment.return': 'Trả lại bản tự chấm',
  'review.lock': 'Khóa điểm',
  'conference.attendance': 'Điểm danh hội nghị',
  'candidacy.withdraw': 'Đơn vị rút khỏi danh sách bình xét',
  'eligibility.record': 'Ghi nhận vụ việc ảnh hưởng điều kiện khen thưởng',
  'eligibility.clear': 'Kết thúc vụ việc ảnh hưởng điều kiện khen thưởng',
  'vote.open': 'Mở vòng bỏ phiếu',
  'ballot.cast': 'Đơn vị bỏ phiếu',
  'vote.close': 'Kết thúc bỏ phiếu',
  'vote.keyShare': 'Thành viên Ban kiểm phiếu đăng ký khóa',
  'vote.decryptShare': 'Thành viên Ban kiểm phiếu giải mã kết quả',
  'vote.chairDecides': 'Chủ trì quyết định',
  'vote.confirm': 'Xác nhận kết quả',
  'dossier.submit': 'Gửi hồ sơ',
  'dossier.regenerate': 'Lập lại hồ sơ',
  'dossier.return': 'Trả lại hồ sơ',
  'nomination.cut': 'Loại đề nghị',
  'dossier.accept': 'Chấp thuận hồ sơ',
  'decision.record': 'Ghi nhận quyết định',
  'award.proposeRevocation': 'Đề nghị hủy/thu hồi khen thưởng',
  'cycle.close': 'Kết thúc năm thi đua',
  'document.sign': 'Tải bản scan đã ký',
  // --- the system --------------------------------------------------------------------------------
  'cycle.phase': 'Chuyển giai đoạn',
  'deadline.overdue': 'Quá hạn',
  'committee.overdue': 'UBND tỉnh quá hạn trả lời',
  'vote.tally': 'Kiểm phiếu',
  'document.generate': 'Lập văn bản',
  'document.fail': 'Không lập được văn bản',
  'notification.read': 'Đọc thông báo',
  // --- accounts and administration ---------------------------------------------------------------
  'auth.signIn': 'Đăng nhập',
  'auth.signOut': 'Đăng xuất',
  'auth.changePassword': 'Đổi mật khẩu',
  'auth.endSession': 'Kết thúc phiên đăng nhập',
  'bloc.create': 'Tạo Khối',
  'bloc.rename': 'Đổi tên Khối',
  'bloc.setMembers': 'Cập nhật thành viên Khối',
  'bloc.setLeadership': 'Cập nhật Trưởng, Phó Khối',
  'unit.create': 'Tạo đơn vị',
  'unit.rename': 'Đổi tên đơn vị',
  'unit.merge': 'Hợp nhất đơn vị',
  'official.add': 'Thêm người giữ chức vụ',
  'official.end': 'Kết thúc nhiệm kỳ chức vụ',
  'user.create': 'Tạo tài khoản',
  'user.resetPassword': 'Đặt lại mật khẩu',
  'user.setActive': 'Khóa/mở tài khoản',
  'user.grantRole': 'Cấp vai trò',
  'user.revokeRole': 'Thu hồi vai trò',
  'user.unlock': 'Mở khóa đăng nhập',
  'ruleSet.save': 'Lưu bộ quy định',
  'scoringTemplate.save': 'Lưu bảng tiêu chí',
} as const satisfies Record<string, string>;

export type AuditAction = keyof typeof auditActionLabels;

/** The label of a stored action; rows written under a name no longer in use keep their raw name. */
export function auditActionLabel(action: string): string {
  return Object.hasOwn(auditActionLabels, action) ? auditActionLabels[action as AuditAction] : action;
}
