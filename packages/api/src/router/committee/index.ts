import { createTRPCRouter } from '../../trpc';
import { acceptRoute } from './accept';
import { cutNominationRoute } from './cut-nomination';
import { committeeInboxRoute } from './inbox';
import { recordDecisionRoute } from './record-decision';
import { returnProposalRoute } from './return-proposal';

export const committeeRouter = createTRPCRouter({
  inbox: committeeInboxRoute,
  accept: acceptRoute,
  returnProposal: returnProposalRoute,
  cutNomination: cutNominationRoute,
  recordDecision: recordDecisionRoute,
});
