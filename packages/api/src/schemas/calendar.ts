import { z } from 'zod';
import { instant } from './common';

/** The workflow's deadlines: exact instants, in the order the phases run. */
export const workflowCalendar = () =>
  z
    .object({
      registration: instant(),
      selfAssessment: instant(),
      reviewResponse: instant(),
      dossier: instant(),
    })
    .strict()
    .refine(
      (c) =>
        Date.parse(c.registration) <= Date.parse(c.selfAssessment) &&
        Date.parse(c.selfAssessment) <= Date.parse(c.reviewResponse) &&
        Date.parse(c.reviewResponse) <= Date.parse(c.dossier),
      { message: 'Các thời hạn của năm thi đua phải theo đúng thứ tự.' },
    );
