import type { Role } from '../org/roles';
import type { AuditAction } from './audit';
import { type Phase, phases } from './phases';

/**
 * THE registry of the steps of a bloc's year. Each step is declared once: the API procedure that
 * performs it, where it runs (a workflow Update of the same name, or a PostgreSQL transaction the
 * API runs), the phases it is allowed in, the roles allowed (each acting within its own scope:
 * a unit role for its own unit, a bloc role in its bloc, a province role in its province), what it
 * acts on, its audit action and its label on screen.
 *
 * Derived from it: the API's authorisation matrix rows for these procedures, the workflow
 * validators' role, scope and phase checks, the per-user `allowedActions` the screens show buttons
 * from, and the audit labels.
 */
export interface StepDeclaration {
  procedure: string;
  /**
   * 'workflow': an Update named like the step; 'database': the API's own transaction, once the
   * year's workflow runs; 'start': starts the year's workflow (only before it runs).
   */
  runsIn: 'workflow' | 'database' | 'start';
  phases: readonly Phase[];
  roles: readonly Role[];
  /** 'unit': acts on one member unit (unit roles only on their own); 'cycle': on the whole year. */
  target: 'cycle' | 'unit';
  audit: AuditAction;
  label: string;
  /** The inbox task the step gives whoever may perform it while it is pending, and its screen. */
  task?: { title: string; screen: TaskScreen };
}

/** The screens an inbox task opens (the web app maps each to its route). */
export const taskScreens = [
  'cycle',
  'sheet',
  'review',
  'conference',
  'ballot',
  'board',
  'dossier',
  'committee',
  'tracker',
] as const;
export type TaskScreen = (typeof taskScreens)[number];

/** Deadlines can be moved until the year is over. */
const untilClosed: readonly Phase[] = phases.filter((p) => p !== 'closed');

/**
 * A case against a unit weighs on its candidacy until the province has decided the year's awards; one
 * found after the decision, even once the year is closed, is recorded all the same, as the ground of a
 * proposal to revoke the award (a closed year takes these steps in its after-close workflow).
 */
const casePhases: readonly Phase[] = phases;

export const steps = {
  // --- setup and registration --------------------------------------------------------------------
  startCycle: {
    procedure: 'cycles.start',
    runsIn: 'start',
    phases: ['setup'],
    roles: ['secretariat', 'admin'],
    target: 'cycle',
    audit: 'cycle.start',
    label: 'Khởi động năm thi đua',
    task: { title: 'Khởi động năm thi đua', screen: 'cycle' },
  },
  adoptPlan: {
    procedure: 'cycles.adoptPlan',
    runsIn: 'workflow',
    phases: ['setup'],
    roles: ['blocHead', 'secretariat'],
    target: 'cycle',
    audit: 'plan.adopt',
    label: 'Thông qua kế hoạch',
    task: { title: 'Thông qua kế hoạch, bảng tiêu chí và bộ quy định', screen: 'cycle' },
  },
  signPact: {
    procedure: 'registration.signPact',
    runsIn: 'workflow',
    phases: ['setup'],
    roles: ['unitHead'],
    target: 'unit',
    audit: 'pact.sign',
    label: 'Ký giao ước thi đua',
    task: { title: 'Ký giao ước thi đua', screen: 'cycle' },
  },
  registerTargets: {
    procedure: 'registration.registerTargets',
    runsIn: 'workflow',
    phases: ['registration'],
    roles: ['unitHead'],
    target: 'unit',
    audit: 'registration.submit',
    label: 'Đăng ký thi đua',
    task: { title: 'Đăng ký chỉ tiêu thi đua', screen: 'cycle' },
  },
  advancePhase: {
    procedure: 'cycles.advancePhase',
    runsIn: 'workflow',
    phases: ['registration', 'selfAssessment'],
    roles: ['blocHead'],
    target: 'cycle',
    audit: 'cycle.advance',
    label: 'Chuyển sang giai đoạn tiếp theo',
  },
  // --- deadlines ----------------------------------------------------------------------------------
  grantExtension: {
    procedure: 'tracker.grantExtension',
    runsIn: 'workflow',
    phases: ['selfAssessment'],
    roles: ['blocHead'],
    target: 'unit',
    audit: 'deadline.extend',
    label: 'Gia hạn cho đơn vị',
  },
  moveDeadline: {
    procedure: 'tracker.moveDeadline',
    runsIn: 'workflow',
    phases: untilClosed,
    roles: ['secretariat', 'admin'],
    target: 'cycle',
    audit: 'deadline.move',
    label: 'Dời thời hạn',
  },
  // --- self-assessment ----------------------------------------------------------------------------
  saveDraft: {
    procedure: 'selfAssessment.saveDraft',
    runsIn: 'database',
    phases: ['selfAssessment', 'review'],
    roles: ['unitOfficer', 'unitHead'],
    target: 'unit',
    audit: 'selfAssessment.saveDraft',
    label: 'Lưu nháp',
    task: { title: 'Tự chấm điểm', screen: 'sheet' },
  },
  uploadEvidence: {
    procedure: 'files.uploadEvidence',
    runsIn: 'database',
    phases: ['selfAssessment', 'review'],
    roles: ['unitOfficer', 'unitHead'],
    target: 'unit',
    audit: 'evidence.upload',
    label: 'Tải minh chứng',
  },
  deleteEvidence: {
    procedure: 'selfAssessment.deleteEvidence',
    runsIn: 'database',
    phases: ['selfAssessment', 'review'],
    roles: ['unitOfficer', 'unitHead'],
    target: 'unit',
    audit: 'evidence.delete',
    label: 'Xóa minh chứng',
  },
  signOffSelfAssessment: {
    procedure: 'selfAssessment.signOff',
    runsIn: 'workflow',
    phases: ['selfAssessment', 'review'],
    roles: ['unitHead'],
    target: 'unit',
    audit: 'selfAssessment.signOff',
    label: 'Ký duyệt bản tự chấm',
    task: { title: 'Ký duyệt bản tự chấm điểm', screen: 'sheet' },
  },
  submitSelfAssessment: {
    procedure: 'selfAssessment.submit',
    runsIn: 'workflow',
    phases: ['selfAssessment', 'review'],
    roles: ['unitOfficer', 'unitHead'],
    target: 'unit',
    audit: 'selfAssessment.submit',
    label: 'Nộp bản tự chấm',
    task: { title: 'Nộp bản tự chấm điểm đã ký duyệt', screen: 'sheet' },
  },
  // --- review -------------------------------------------------------------------------------------
  reviewScores: {
    procedure: 'review.setScores',
    runsIn: 'workflow',
    phases: ['review'],
    roles: ['blocHead', 'blocDeputy'],
    target: 'unit',
    audit: 'review.scores',
    label: 'Chấm thẩm định',
    task: { title: 'Thẩm định bảng điểm của đơn vị', screen: 'review' },
  },
  respondToReview: {
    procedure: 'review.respond',
    runsIn: 'workflow',
    phases: ['review'],
    roles: ['unitHead'],
    target: 'unit',
    audit: 'review.respond',
    label: 'Phản hồi kết quả thẩm định',
    task: { title: 'Giải trình kết quả thẩm định', screen: 'sheet' },
  },
  returnSelfAssessment: {
    procedure: 'review.returnForRevision',
    runsIn: 'workflow',
    phases: ['review'],
    roles: ['blocHead'],
    target: 'unit',
    audit: 'selfAssessment.return',
    label: 'Trả lại để sửa',
  },
  lockScores: {
    procedure: 'review.lock',
    runsIn: 'workflow',
    phases: ['review'],
    roles: ['blocHead'],
    target: 'cycle',
    audit: 'review.lock',
    label: 'Khóa điểm',
    task: { title: 'Chốt điểm và xếp hạng', screen: 'review' },
  },
  // --- eligibility cases --------------------------------------------------------------------------
  recordEligibilityCase: {
    procedure: 'eligibility.recordCase',
    runsIn: 'workflow',
    phases: casePhases,
    roles: ['secretariat', 'blocHead'],
    target: 'unit',
    audit: 'eligibility.record',
    label: 'Ghi nhận vụ việc của đơn vị',
  },
  clearEligibilityCase: {
    procedure: 'eligibility.clearCase',
    runsIn: 'workflow',
    phases: casePhases,
    roles: ['secretariat', 'blocHead'],
    target: 'unit',
    audit: 'eligibility.clear',
    label: 'Kết thúc vụ việc của đơn vị',
  },
  // --- conference ---------------------------------------------------------------------------------
  recordAttendance: {
    procedure: 'conference.recordAttendance',
    runsIn: 'workflow',
    phases: ['conference'],
    roles: ['blocHead', 'secretariat'],
    target: 'cycle',
    audit: 'conference.attendance',
    label: 'Ghi nhận phiên họp, điểm danh',
    task: { title: 'Ghi nhận thành phần dự Hội nghị', screen: 'conference' },
  },
  withdrawCandidacy: {
    procedure: 'conference.withdrawCandidacy',
    runsIn: 'workflow',
    phases: ['conference'],
    roles: ['unitHead'],
    target: 'unit',
    audit: 'candidacy.withdraw',
    label: 'Rút khỏi danh sách bình xét',
  },
  openRound: {
    procedure: 'conference.openRound',
    runsIn: 'workflow',
    phases: ['conference'],
    roles: ['blocHead'],
    target: 'cycle',
    audit: 'vote.open',
    label: 'Mở vòng bỏ phiếu',
    task: { title: 'Điều hành bình xét, suy tôn', screen: 'conference' },
  },
  castBallot: {
    procedure: 'conference.castBallot',
    runsIn: 'database',
    phases: ['conference'],
    roles: ['unitOfficer', 'unitHead'],
    target: 'unit',
    audit: 'ballot.cast',
    label: 'Bỏ phiếu',
    task: { title: 'Bỏ phiếu bình xét', screen: 'ballot' },
  },
  closeRound: {
    procedure: 'conference.closeRound',
    runsIn: 'workflow',
    phases: ['conference'],
    roles: ['blocHead'],
    target: 'cycle',
    audit: 'vote.close',
    label: 'Kết thúc vòng bỏ phiếu',
    task: { title: 'Kết thúc vòng bỏ phiếu đang mở', screen: 'conference' },
  },
  // An encrypted round's counting board: members are unit officials present at the conference,
  // designated by the chair when opening the round; the workflow checks the seat is the caller's.
  registerKeyShare: {
    procedure: 'conference.registerKeyShare',
    runsIn: 'workflow',
    phases: ['conference'],
    roles: ['unitOfficer', 'unitHead'],
    target: 'unit',
    audit: 'vote.keyShare',
    label: 'Đăng ký khóa của thành viên Ban kiểm phiếu',
    task: { title: 'Đăng ký khóa của thành viên Ban kiểm phiếu trên thiết bị của mình', screen: 'board' },
  },
  submitPartialDecryption: {
    procedure: 'conference.submitPartialDecryption',
    runsIn: 'workflow',
    phases: ['conference'],
    roles: ['unitOfficer', 'unitHead'],
    target: 'unit',
    audit: 'vote.decryptShare',
    label: 'Gửi phần giải mã kết quả',
    task: { title: 'Gửi phần giải mã kết quả vòng bỏ phiếu (Ban kiểm phiếu)', screen: 'board' },
  },
  decideTie: {
    procedure: 'conference.decideTie',
    runsIn: 'workflow',
    phases: ['conference'],
    roles: ['blocHead'],
    target: 'cycle',
    audit: 'vote.chairDecides',
    label: 'Chủ trì quyết định',
  },
  confirmResults: {
    procedure: 'conference.confirmResults',
    runsIn: 'workflow',
    phases: ['conference'],
    roles: ['blocHead'],
    target: 'cycle',
    audit: 'vote.confirm',
    label: 'Xác nhận kết quả bình xét',
  },
  // --- dossier, committee, decision, close --------------------------------------------------------
  submitProposal: {
    procedure: 'dossier.submit',
    runsIn: 'workflow',
    phases: ['dossier'],
    roles: ['blocHead'],
    target: 'cycle',
    audit: 'dossier.submit',
    label: 'Gửi hồ sơ lên UBND tỉnh',
    task: { title: 'Trình hồ sơ đề nghị khen thưởng', screen: 'dossier' },
  },
  regenerateDossier: {
    procedure: 'dossier.regenerate',
    runsIn: 'workflow',
    phases: ['dossier'],
    roles: ['blocHead', 'secretariat'],
    target: 'cycle',
    audit: 'dossier.regenerate',
    label: 'Lập lại hồ sơ',
  },
  returnProposal: {
    procedure: 'committee.returnProposal',
    runsIn: 'workflow',
    phases: ['committeeReview'],
    roles: ['committeeReviewer', 'secretariat'],
    target: 'cycle',
    audit: 'dossier.return',
    label: 'Trả lại hồ sơ',
  },
  cutNomination: {
    procedure: 'committee.cutNomination',
    runsIn: 'workflow',
    phases: ['committeeReview'],
    roles: ['committeeReviewer', 'secretariat'],
    target: 'cycle',
    audit: 'nomination.cut',
    label: 'Loại đề nghị',
  },
  acceptProposal: {
    procedure: 'committee.accept',
    runsIn: 'workflow',
    phases: ['committeeReview'],
    roles: ['committeeReviewer', 'secretariat'],
    target: 'cycle',
    audit: 'dossier.accept',
    label: 'Chấp thuận hồ sơ',
    task: { title: 'Thẩm định hồ sơ đề nghị khen thưởng', screen: 'committee' },
  },
  recordDecision: {
    procedure: 'committee.recordDecision',
    runsIn: 'workflow',
    phases: ['committeeReview'],
    roles: ['committeeReviewer', 'secretariat'],
    target: 'cycle',
    audit: 'decision.record',
    label: 'Ghi nhận quyết định khen thưởng',
  },
  proposeRevocation: {
    procedure: 'dossier.proposeRevocation',
    runsIn: 'workflow',
    phases: ['decided', 'closed'],
    roles: ['secretariat', 'blocHead'],
    target: 'unit',
    audit: 'award.proposeRevocation',
    label: 'Đề nghị hủy/thu hồi khen thưởng',
  },
  closeCycle: {
    procedure: 'cycles.close',
    runsIn: 'workflow',
    phases: ['decided'],
    roles: ['blocHead', 'secretariat'],
    target: 'cycle',
    audit: 'cycle.close',
    label: 'Kết thúc năm thi đua',
  },
} as const satisfies Record<string, StepDeclaration>;

export type StepName = keyof typeof steps;
export const stepNames = Object.keys(steps) as StepName[];

/** The steps the cycle workflow runs as Updates (one Update per step, under the step's name). */
export type WorkflowStepName = {
  [K in StepName]: (typeof steps)[K]['runsIn'] extends 'workflow' ? K : never;
}[StepName];

/** The step an API procedure performs, if any. */
export function stepOfProcedure(procedure: string): StepName | undefined {
  return stepNames.find((name) => steps[name].procedure === procedure);
}

export function isStepName(value: string): value is StepName {
  return Object.hasOwn(steps, value);
}
