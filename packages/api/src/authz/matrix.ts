import type { Role } from '@thidua/domain';

/**
 * THE authorisation matrix: every procedure path × role → denied, or allowed within a scope.
 * The gate refuses any path missing here, and a test walks every procedure × role against it.
 *
 *   unit      own unit only (a unit never sees or changes another unit's drafts)
 *   bloc      own bloc: a bloc role's bloc (and year), or the bloc a unit belongs to that year
 *   province  own province (the secretariat's and the committee's reach)
 *   any       no scope limit
 *   -         denied
 *
 * Workflow steps list the same roles as the cycle workflow's own validator, which checks again.
 * Nothing here grants access to ballot choices with their voter: no such data exists to read.
 */
export type ScopeRule = 'unit' | 'bloc' | 'province' | 'any';
export type Rule = ScopeRule | '-';
export type RoleRules = Readonly<Record<Role, Rule>>;
/** 'public': no sign-in. 'signedIn': any signed-in user, whatever their roles (own account only). */
export type MatrixEntry = 'public' | 'signedIn' | RoleRules;

/** Column order of the rows below. */
export const matrixColumns = [
  'unitOfficer',
  'unitHead',
  'blocHead',
  'blocDeputy',
  'secretariat',
  'committeeReviewer',
  'admin',
] as const satisfies readonly Role[];

type Row = [Rule, Rule, Rule, Rule, Rule, Rule, Rule];
const row = (...rules: Row): RoleRules =>
  Object.fromEntries(matrixColumns.map((role, i) => [role, rules[i]])) as unknown as RoleRules;

// prettier-ignore
export const matrix: Readonly<Record<string, MatrixEntry>> = {
  //                                   unitOff  unitHead blocHead  deputy   secret.   committee admin
  'system.info': 'public',
  'auth.signIn': 'public',
  'auth.signOut': 'signedIn',
  'auth.me': 'signedIn',
  'auth.changePassword': 'signedIn',

  'inbox.list': row('unit', 'unit', 'bloc', 'bloc', 'province', 'province', 'any'),

  'cycles.list': row('bloc', 'bloc', 'bloc', 'bloc', 'province', 'province', 'any'),
  'cycles.get': row('bloc', 'bloc', 'bloc', 'bloc', 'province', 'province', 'any'),
  'cycles.start': row('-', '-', '-', '-', 'province', '-', 'any'),
  'cycles.adoptPlan': row('-', '-', 'bloc', '-', 'province', '-', '-'),
  'cycles.advancePhase': row('-', '-', 'bloc', '-', '-', '-', '-'),
  'cycles.close': row('-', '-', 'bloc', '-', 'province', '-', '-'),

  'registration.signPact': row('-', 'unit', '-', '-', '-', '-', '-'),
  'registration.registerTargets': row('-', 'unit', '-', '-', '-', '-', '-'),

  'tracker.list': row('-', '-', 'bloc', 'bloc', 'province', '-', '-'),
  'tracker.moveDeadline': row('-', '-', '-', '-', 'province', '-', 'any'),
  'tracker.grantExtension': row('-', '-', 'bloc', '-', '-', '-', '-'),

  'selfAssessment.get': row('unit', 'unit', '-', '-', '-', '-', '-'),
  'selfAssessment.saveDraft': row('unit', 'unit', '-', '-', '-', '-', '-'),
  'selfAssessment.signOff': row('-', 'unit', '-', '-', '-', '-', '-'),
  'selfAssessment.submit': row('unit', 'unit', '-', '-', '-', '-', '-'),
  'selfAssessment.listEvidence': row('unit', 'unit', 'bloc', 'bloc', '-', '-', '-'),

  'review.list': row('-', '-', 'bloc', 'bloc', 'province', '-', '-'),
  'review.get': row('unit', 'unit', 'bloc', 'bloc', 'province', '-', '-'),
  'review.setScores': row('-', '-', 'bloc', 'bloc', '-', '-', '-'),
  'review.respond': row('-', 'unit', '-', '-', '-', '-', '-'),
  'review.returnForRevision': row('-', '-', 'bloc', '-', '-', '-', '-'),
  'review.lock': row('-', '-', 'bloc', '-', '-', '-', '-'),

  'conference.get': row('bloc', 'bloc', 'bloc', 'bloc', 'province', 'province', '-'),
  'conference.live': row('bloc', 'bloc', 'bloc', 'bloc', 'province', '-', '-'),
  'conference.recordAttendance': row('-', '-', 'bloc', '-', 'province', '-', '-'),
  'conference.openRound': row('-', '-', 'bloc', '-', '-', '-', '-'),
  'conference.castBallot': row('unit', 'unit', '-', '-', '-', '-', '-'),
  'conference.closeRound': row('-', '-', 'bloc', '-', '-', '-', '-'),
  'conference.decideTie': row('-', '-', 'bloc', '-', '-', '-', '-'),
  'conference.confirmResults': row('-', '-', 'bloc', '-', '-', '-', '-'),
  'conference.results': row('bloc', 'bloc', 'bloc', 'bloc', 'province', 'province', '-'),

  'dossier.list': row('bloc', 'bloc', 'bloc', 'bloc', 'province', 'province', '-'),
  'dossier.versions': row('bloc', 'bloc', 'bloc', 'bloc', 'province', 'province', '-'),
  'dossier.submit': row('-', '-', 'bloc', '-', '-', '-', '-'),
  'dossier.regenerate': row('-', '-', 'bloc', '-', 'province', '-', '-'),

  'committee.inbox': row('-', '-', '-', '-', 'province', 'province', '-'),
  'committee.accept': row('-', '-', '-', '-', 'province', 'province', '-'),
  'committee.returnProposal': row('-', '-', '-', '-', 'province', 'province', '-'),
  'committee.cutNomination': row('-', '-', '-', '-', 'province', 'province', '-'),
  'committee.recordDecision': row('-', '-', '-', '-', 'province', 'province', '-'),

  'notifications.list': row('any', 'any', 'any', 'any', 'any', 'any', 'any'),
  'notifications.markRead': row('any', 'any', 'any', 'any', 'any', 'any', 'any'),

  'audit.list': row('-', '-', 'bloc', 'bloc', 'province', 'province', 'any'),

  'admin.blocs.list': row('-', '-', '-', '-', 'province', '-', 'any'),
  'admin.blocs.create': row('-', '-', '-', '-', '-', '-', 'any'),
  'admin.blocs.rename': row('-', '-', '-', '-', '-', '-', 'any'),
  'admin.blocs.setMembers': row('-', '-', '-', '-', '-', '-', 'any'),
  'admin.blocs.setLeadership': row('-', '-', '-', '-', '-', '-', 'any'),
  'admin.units.list': row('-', '-', '-', '-', 'province', '-', 'any'),
  'admin.units.create': row('-', '-', '-', '-', '-', '-', 'any'),
  'admin.units.rename': row('-', '-', '-', '-', '-', '-', 'any'),
  'admin.units.merge': row('-', '-', '-', '-', '-', '-', 'any'),
  // Office holders sign the records: the unit head keeps its own unit's, the secretariat its province's.
  'admin.officials.list': row('-', 'unit', '-', '-', 'province', '-', 'any'),
  'admin.officials.add': row('-', 'unit', '-', '-', 'province', '-', 'any'),
  'admin.officials.end': row('-', 'unit', '-', '-', 'province', '-', 'any'),
  'admin.users.list': row('-', '-', '-', '-', '-', '-', 'any'),
  'admin.users.create': row('-', '-', '-', '-', '-', '-', 'any'),
  'admin.users.resetPassword': row('-', '-', '-', '-', '-', '-', 'any'),
  'admin.users.setActive': row('-', '-', '-', '-', '-', '-', 'any'),
  'admin.users.grantRole': row('-', '-', '-', '-', '-', '-', 'any'),
  'admin.users.revokeRole': row('-', '-', '-', '-', '-', '-', 'any'),
  'admin.ruleSets.list': row('-', '-', '-', '-', 'province', '-', 'any'),
  'admin.ruleSets.get': row('-', '-', '-', '-', 'province', '-', 'any'),
  'admin.ruleSets.save': row('-', '-', '-', '-', 'province', '-', 'any'),
  'admin.scoringTemplates.get': row('-', '-', 'bloc', 'bloc', 'province', '-', 'any'),
  'admin.scoringTemplates.save': row('-', '-', 'bloc', '-', 'province', '-', 'any'),
};

/** Paths that stay open while a user must change a reset password. */
export const allowedBeforePasswordChange: ReadonlySet<string> = new Set([
  'auth.me',
  'auth.signOut',
  'auth.changePassword',
  'system.info',
]);

/** Plain HTTP routes (apps/api), authorised the same way as the data they serve. */
// prettier-ignore
export const routeMatrix = {
  //                           unitOff  unitHead blocHead  deputy   secret.     committee   admin
  'files.document': row('bloc', 'bloc', 'bloc', 'bloc', 'province', 'province', '-'),
  'files.evidence': row('unit', 'unit', 'bloc', 'bloc', '-', '-', '-'),
  'files.dossierZip': row('bloc', 'bloc', 'bloc', 'bloc', 'province', 'province', '-'),
  'files.uploadEvidence': row('unit', 'unit', '-', '-', '-', '-', '-'),
  'files.uploadSignedScan': row('-', '-', 'bloc', '-', 'province', 'province', '-'),
} as const satisfies Record<string, RoleRules>;

export type RoutePath = keyof typeof routeMatrix;
