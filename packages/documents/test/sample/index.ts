// A complete sample dossier for the builders' own tests and benchmark: every record's input, set by
// hand around the demo bloc's 2022 figures. The product never uses it: the demo's real dossier is the
// live path's (`npm run dossier:demo` enters the demo year through the workflow).

import { buildDossier, type Dossier, type DossierInput } from '../../src/dossier';
import { ACHIEVEMENT_REPORTS } from './achievements';
import { PACT } from './pact';
import { DECISION, DOSSIER_TITLE, NOMINATION_LIST, PROPOSAL, PROPOSAL_DATE } from './proposal';
import { REVIEW_SUMMARY, SCORE_SUMMARY, YEAR_END_REPORT } from './reports';
import { BALLOTS, CONFERENCE_MINUTES, TALLIES } from './votes';

export const demoDossierInput: DossierInput = {
  title: DOSSIER_TITLE,
  date: PROPOSAL_DATE,
  proposal: PROPOSAL,
  nominationList: NOMINATION_LIST,
  conferenceMinutes: CONFERENCE_MINUTES,
  tallyMinutes: TALLIES,
  ballots: BALLOTS,
  yearEndReport: YEAR_END_REPORT,
  scoreSummary: SCORE_SUMMARY,
  reviewSummary: REVIEW_SUMMARY,
  achievementReports: ACHIEVEMENT_REPORTS,
  pact: PACT,
  decision: DECISION,
};

export const buildDemoDossier = (): Promise<Dossier> => buildDossier(demoDossierInput);
