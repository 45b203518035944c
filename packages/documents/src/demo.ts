// The demo bloc's dossier, mapped from @thidua/domain's demoDataset (Khối thi đua Nội chính, Bắc Kạn,
// 2022 cycle) and the outcome its functions compute; narrative text and people are in src/demo/*.
import { ACHIEVEMENT_REPORTS } from './demo/achievements';
import { PACT } from './demo/pact';
import { DECISION, DOSSIER_TITLE, NOMINATION_LIST, PROPOSAL, PROPOSAL_DATE } from './demo/proposal';
import { SCORE_SUMMARY, YEAR_END_REPORT } from './demo/reports';
import { BALLOTS, CONFERENCE_MINUTES, TALLIES } from './demo/votes';
import { buildDossier, type Dossier, type DossierInput } from './dossier';

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
  achievementReports: ACHIEVEMENT_REPORTS,
  pact: PACT,
  decision: DECISION,
};

export const buildDemoDossier = (): Promise<Dossier> => buildDossier(demoDossierInput);
