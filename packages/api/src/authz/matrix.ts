import { type Role, roleScopeKind, roles, type StepDeclaration, steps } from '@thidua/domain';

/**
 * THE authorisation matrix: every procedure path × role → denied, or allowed within a scope.
 * The gate refuses any path missing here, and a test walks every procedure × role against it.
 * The rows of the year's steps are derived from the step registry (@thidua/domain `steps`); the
 * rows below are the reads and the administration.
 *
 *   unit      own unit only (a unit never sees or changes another unit's drafts)
 *   bloc      own bloc: a bloc role's bloc (and year), or the bloc a unit belongs to that year
 *   province  own province (the secretariat's and the committee's reach)
 *   any       no scope limit
 *   -         denied
 *
 * Nothing here grants access to ballot choices with their voter: no such data exists to read.
 */
export type ScopeRule = 'unit' | 'bloc' | 'province' | 'any';
type Rule = ScopeRule | '-';
export type RoleRules = Readonly<Record<Role, Rule>>;
/** 'public': no sign-in. 'signedIn': any signed-in user, whatever their roles (own account only). */
export type MatrixEntry = 'public' | 'signedIn' | RoleRules;

/** Column order of the rows below: the domain's roles, unitOfficer … admin. */
const matrixColumns = roles;

type Row = [Rule, Rule, Rule, Rule, Rule, Rule, Rule];
const row = (...rules: Row): RoleRules =>
  Object.fromEntries(matrixColumns.map((role, i) => [role, rules[i]])) as unknown as RoleRules;

const scopeRuleOf: Record<(typeof roleScopeKind)[Role], ScopeRule> = {
  unit: 'unit',
  bloc: 'bloc',
  province: 'province',
  global: 'any',
};
/** A role within its own scope (a unit role: its unit; a bloc role: its bloc; …): how steps allow. */
export const ownScope = (role: Role): ScopeRule => scopeRuleOf[roleScopeKind[role]];

function stepRow(step: StepDeclaration): RoleRules {
  return Object.fromEntries(
    matrixColumns.map((role) => [
      role,
      (step.roles as readonly Role[]).includes(role) ? ownScope(role) : '-',
    ]),
  ) as unknown as RoleRules;
}
const stepRows = (where: 'procedures' | 'routes') =>
  Object.fromEntries(
    Object.values(steps as Record<string, StepDeclaration>)
      .filter((step) => step.procedure.startsWith('files.') === (where === 'routes'))
      .map((step) => [step.procedure, stepRow(step)]),
  );

// prettier-ignore
export const matrix: Readonly<Record<string, MatrixEntry>> = {
  ...stepRows('procedures'),
  //                                   unitOff  unitHead blocHead  deputy   secret.   committee admin
  'system.info': 'public',
  'auth.signIn': 'public',
  'auth.signOut': 'signedIn',
  'auth.me': 'signedIn',
  'auth.changePassword': 'signedIn',
  'auth.sessions': 'signedIn',
  'auth.endSession': 'signedIn',
  'auth.endOtherSessions': 'signedIn',

  'inbox.list': row('unit', 'unit', 'bloc', 'bloc', 'province', 'province', 'any'),

  'cycles.list': row('bloc', 'bloc', 'bloc', 'bloc', 'province', 'province', 'any'),
  'cycles.get': row('bloc', 'bloc', 'bloc', 'bloc', 'province', 'province', 'any'),

  'tracker.list': row('-', '-', 'bloc', 'bloc', 'province', '-', '-'),

  'selfAssessment.get': row('unit', 'unit', '-', '-', '-', '-', '-'),
  'selfAssessment.listEvidence': row('unit', 'unit', 'bloc', 'bloc', '-', '-', '-'),

  'review.list': row('-', '-', 'bloc', 'bloc', 'province', '-', '-'),
  'review.get': row('unit', 'unit', 'bloc', 'bloc', 'province', '-', '-'),
  'review.summary': row('-', '-', 'bloc', 'bloc', 'province', '-', '-'),

  'conference.get': row('bloc', 'bloc', 'bloc', 'bloc', 'province', 'province', '-'),
  'conference.live': row('bloc', 'bloc', 'bloc', 'bloc', 'province', '-', '-'),
  'eligibility.list': row('bloc', 'bloc', 'bloc', 'bloc', 'province', 'province', '-'),
  'conference.results': row('bloc', 'bloc', 'bloc', 'bloc', 'province', 'province', '-'),
  // An encrypted round's public record: the board, the key, the sums, the bulletin board.
  'conference.ballotBoard': row('bloc', 'bloc', 'bloc', 'bloc', 'province', 'province', '-'),
  'conference.bulletinBoard': row('bloc', 'bloc', 'bloc', 'bloc', 'province', 'province', '-'),

  'dossier.list': row('bloc', 'bloc', 'bloc', 'bloc', 'province', 'province', '-'),
  'dossier.versions': row('bloc', 'bloc', 'bloc', 'bloc', 'province', 'province', '-'),

  'committee.inbox': row('-', '-', '-', '-', 'province', 'province', '-'),

  'notifications.list': row('any', 'any', 'any', 'any', 'any', 'any', 'any'),
  'notifications.markRead': row('any', 'any', 'any', 'any', 'any', 'any', 'any'),

  'audit.list': row('-', '-', 'bloc', 'bloc', 'province', 'province', 'any'),
  'audit.facets': row('-', '-', 'bloc', 'bloc', 'province', 'province', 'any'),

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
  'admin.users.unlock': row('-', '-', '-', '-', '-', '-', 'any'),
  'admin.activity.list': row('-', '-', '-', '-', '-', '-', 'any'),
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
  'auth.sessions',
  'auth.endSession',
  'auth.endOtherSessions',
  'system.info',
]);

/** Plain HTTP routes (apps/api), authorised the same way as the data they serve. */
// prettier-ignore
export const routeMatrix = {
  ...(stepRows('routes') as { 'files.uploadEvidence': RoleRules }),
  // A file for a step is uploaded by whoever may take that step.
  'files.uploadCaseFile': stepRow(steps.recordEligibilityCase),
  'files.uploadLetter': stepRow(steps.withdrawCandidacy),
  //                           unitOff  unitHead blocHead  deputy   secret.     committee   admin
  'files.document': row('bloc', 'bloc', 'bloc', 'bloc', 'province', 'province', '-'),
  'files.evidence': row('unit', 'unit', 'bloc', 'bloc', '-', '-', '-'),
  'files.dossierZip': row('bloc', 'bloc', 'bloc', 'bloc', 'province', 'province', '-'),
  // A case's document and a withdrawal letter are seen by those who see the cases and the conference.
  'files.stepFile': row('bloc', 'bloc', 'bloc', 'bloc', 'province', 'province', '-'),
  'files.uploadSignedScan': row('-', '-', 'bloc', '-', 'province', 'province', '-'),
} as const satisfies Record<string, RoleRules>;

export type RoutePath = keyof typeof routeMatrix;
