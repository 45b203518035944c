import { keysOf } from '../vocabulary';
/**
 * The phases of a bloc's year, in order: one vocabulary for the workflow, the database enum, the API
 * and the web app. The workflow owns the transitions (DOMAIN §2.3).
 *
 *   setup → registration → selfAssessment → review → conference → dossier → committeeReview
 *   (→ dossier again when UBND returns it) → decided → closed
 *
 * Each with its short name for screens (cards, badges, the timeline).
 */
export const phaseLabels = {
  setup: 'Chuẩn bị, thông qua kế hoạch',
  registration: 'Đăng ký, ký kết giao ước thi đua',
  selfAssessment: 'Đơn vị tự chấm điểm',
  review: 'Chấm chéo, thẩm định',
  conference: 'Hội nghị tổng kết, bình xét, suy tôn',
  dossier: 'Hoàn thiện hồ sơ đề nghị khen thưởng',
  committeeReview: 'UBND tỉnh xem xét',
  decided: 'Đã có quyết định khen thưởng',
  closed: 'Kết thúc năm thi đua',
} satisfies Record<string, string>;
export type Phase = keyof typeof phaseLabels;
export const phases = keysOf(phaseLabels);

export function isPhase(value: unknown): value is Phase {
  return typeof value === 'string' && (phases as readonly string[]).includes(value);
}
