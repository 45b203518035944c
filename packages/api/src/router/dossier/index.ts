import { createTRPCRouter } from '../../trpc';
import { listDossierRoute } from './list';
import { proposeRevocationRoute } from './propose-revocation';
import { regenerateDossierRoute } from './regenerate';
import { submitDossierRoute } from './submit';
import { versionsRoute } from './versions';

export const dossierRouter = createTRPCRouter({
  list: listDossierRoute,
  versions: versionsRoute,
  submit: submitDossierRoute,
  regenerate: regenerateDossierRoute,
  proposeRevocation: proposeRevocationRoute,
});
