import { ActivityFailure, ApplicationFailure } from '@temporalio/common';
import { DomainError, type ErrorCode, errorMessages } from '@thidua/domain';

/**
 * Refusals only the cycle process knows, on top of the domain catalogue (WRONG_PHASE, ALREADY_VOTED,
 * … live there). Stable codes with Vietnamese messages; candidates for the domain catalogue.
 */
export const workflowErrorMessages = {
  UPDATE_ID_MISMATCH: 'Mã thao tác không khớp với mã yêu cầu gửi đến quy trình.',
  PLAN_NOT_ADOPTED: 'Kế hoạch, bảng tiêu chí và bộ quy định của năm chưa được thông qua.',
  PLAN_ALREADY_SIGNED: 'Đã có đơn vị ký giao ước; không thể thay đổi kế hoạch đã thông qua.',
  ALREADY_SIGNED: 'Đơn vị đã ký giao ước thi đua.',
  ALREADY_REGISTERED: 'Đơn vị đã đăng ký thi đua.',
  EXTENSION_ALREADY_GRANTED: 'Đơn vị đã được gia hạn một lần.',
  NOT_SUBMITTED: 'Đơn vị chưa nộp bản tự chấm điểm.',
  UNITS_PENDING: 'Còn đơn vị chưa hoàn thành bước này.',
  NOT_PRESENT: 'Đơn vị không có mặt tại Hội nghị nên không được bỏ phiếu.',
  ROUND_ALREADY_OPEN: 'Đang có vòng bỏ phiếu mở cho nội dung này.',
  VOTE_ALREADY_DECIDED: 'Nội dung này đã có kết quả bình xét.',
  RESULTS_PENDING: 'Chưa có kết quả bình xét cho tất cả các nội dung.',
  LEADERSHIP_NOT_ELECTED: 'Chưa bầu được Trưởng Khối và Phó Khối năm sau.',
  DOCUMENTS_NOT_READY: 'Hồ sơ đang được lập, vui lòng thử lại sau.',
  NOT_ACCEPTED: 'Hồ sơ chưa được thẩm định chấp thuận.',
  ALREADY_ACCEPTED: 'Hồ sơ đã được thẩm định chấp thuận.',
  NOMINATION_NOT_FOUND: 'Không tìm thấy đơn vị được đề nghị khen thưởng.',
  NOMINATION_ALREADY_CUT: 'Đề nghị khen thưởng này đã bị loại.',
  DECISION_IN_PROGRESS: 'Quyết định khen thưởng đang được ghi nhận, vui lòng chờ trong giây lát.',
  INTERNAL: 'Lỗi hệ thống khi xử lý quy trình, vui lòng thử lại.',
} as const;

export type WorkflowErrorCode = keyof typeof workflowErrorMessages;
export type StepErrorCode = ErrorCode | WorkflowErrorCode;

export function messageOf(code: StepErrorCode): string {
  return (
    (errorMessages as Record<string, string>)[code] ??
    (workflowErrorMessages as Record<string, string>)[code] ??
    code
  );
}

/** A refusal the API maps to a user message: `type` is the stable code. */
export function refusal(
  code: StepErrorCode,
  message?: string,
  details?: Record<string, unknown>,
): ApplicationFailure {
  return ApplicationFailure.create({
    type: code,
    message: message ?? messageOf(code),
    nonRetryable: true,
    details: details ? [details] : undefined,
  });
}

export function refuse(code: StepErrorCode, message?: string, details?: Record<string, unknown>): never {
  throw refusal(code, message, details);
}

/**
 * Anything a validator or handler throws becomes an ApplicationFailure: a plain Error thrown from an
 * update handler would fail the workflow task instead of the Update.
 */
export function asFailure(error: unknown): ApplicationFailure {
  if (error instanceof ApplicationFailure) return error;
  if (error instanceof DomainError) return refusal(error.code, error.message, { ...error.details });
  if (error instanceof ActivityFailure && error.cause instanceof ApplicationFailure) return error.cause;
  const message = error instanceof Error ? error.message : String(error);
  return refusal('INTERNAL', messageOf('INTERNAL'), { cause: message });
}

/** Runs `fn`, rethrowing whatever it throws as a coded ApplicationFailure. */
export function guarded<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw asFailure(error);
  }
}
