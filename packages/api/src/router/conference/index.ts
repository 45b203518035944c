import { createTRPCRouter } from '../../trpc';
import { castBallotRoute } from './cast-ballot';
import { closeRoundRoute } from './close-round';
import { confirmResultsRoute } from './confirm-results';
import { decideTieRoute } from './decide-tie';
import {
  ballotBoardRoute,
  bulletinBoardRoute,
  registerKeyShareRoute,
  submitPartialDecryptionRoute,
} from './encrypted';
import { getConferenceRoute } from './get';
import { liveConferenceRoute } from './live';
import { openRoundRoute } from './open-round';
import { recordAttendanceRoute } from './record-attendance';
import { resultsRoute } from './results';
import { withdrawCandidacyRoute } from './withdraw-candidacy';

export const conferenceRouter = createTRPCRouter({
  get: getConferenceRoute,
  live: liveConferenceRoute,
  recordAttendance: recordAttendanceRoute,
  withdrawCandidacy: withdrawCandidacyRoute,
  openRound: openRoundRoute,
  castBallot: castBallotRoute,
  closeRound: closeRoundRoute,
  registerKeyShare: registerKeyShareRoute,
  submitPartialDecryption: submitPartialDecryptionRoute,
  ballotBoard: ballotBoardRoute,
  bulletinBoard: bulletinBoardRoute,
  decideTie: decideTieRoute,
  confirmResults: confirmResultsRoute,
  results: resultsRoute,
});
