import type { Cycle } from '../cycle';
import { copyTemplateForYear } from '../scoring/template';
import { demoTemplate2022 } from './template';

/** The open 2023 cycle: the 2022 template copied for editing, the 2023 rule set, a calendar. */
export const demoTemplate2023 = copyTemplateForYear(demoTemplate2022, 2023);

export const demoCycle2023: Cycle = {
  id: 'cy-b-noichinh-2023',
  blocId: 'b-noichinh',
  year: 2023,
  ruleSetId: 'rs-backan-noichinh-2023',
  templateId: demoTemplate2023.id,
  calendar: {
    registrationDue: '2023-03-15',
    pactSigningDate: '2023-03-08',
    midYearReportDue: '2023-06-20',
    selfAssessmentDue: '2023-12-08',
    reviewDue: '2023-12-20',
    conferenceDate: '2023-12-28',
    dossierDue: '2024-01-10',
  },
};
