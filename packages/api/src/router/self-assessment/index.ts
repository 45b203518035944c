import { createTRPCRouter } from '../../trpc';
import { getSelfAssessmentRoute } from './get';
import { listEvidenceRoute } from './list-evidence';
import { saveDraftRoute } from './save-draft';
import { signOffRoute } from './sign-off';
import { submitRoute } from './submit';

export const selfAssessmentRouter = createTRPCRouter({
  get: getSelfAssessmentRoute,
  saveDraft: saveDraftRoute,
  signOff: signOffRoute,
  submit: submitRoute,
  listEvidence: listEvidenceRoute,
});
