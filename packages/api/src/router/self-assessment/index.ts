import { createTRPCRouter } from '../../trpc';
import { deleteEvidenceRoute } from './delete-evidence';
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
  deleteEvidence: deleteEvidenceRoute,
});
