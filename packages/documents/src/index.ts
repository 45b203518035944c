// @thidua/documents: pure builders from data to ND 30/2020 .docx records, and the dossier zip.

export { buildDossier, type Dossier, type DossierFile, type DossierInput, type RecordType } from './dossier';
export { DocumentDataError } from './errors';
export {
  blankDateLine,
  type CalendarDate,
  dateLine,
  dateShort,
  dateWords,
  parseIsoDate,
} from './format/date';
export {
  decimalText,
  integerInWords,
  moneyDigits,
  moneyInWords,
  percentText,
  rewardAmount,
} from './format/money';
export * as nd30 from './nd30/index';
export { buildAchievementReport } from './records/achievement-report';
export { ballotInstruction, buildBallot } from './records/ballot';
export { buildConferenceMinutes } from './records/conference-minutes';
export { buildDecision } from './records/decision';
export { buildNominationList } from './records/nomination-list';
export { buildPact } from './records/pact';
export { buildProposal } from './records/proposal';
export { buildReviewSummary } from './records/review-summary';
export { buildRevocationProposal } from './records/revocation-proposal';
export { buildScoreSummary } from './records/score-summary';
export { buildTallyMinutes, tallyCounts } from './records/tally-minutes';
export { buildYearEndReport } from './records/year-end-report';
export type * from './types';
export {
  checkLiveDossier,
  type IssuedTally,
  type LiveDossier,
  type LiveRecord,
} from './validate/live-dossier';
