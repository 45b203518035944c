/** Table writes of the conference, dossier, committee and decision steps. */
import {
  clearEligibilityCase,
  confirmResults,
  handOverBlocLeadership,
  recordAttendance,
  recordCandidacyWithdrawal,
  recordDecision,
  recordEligibilityCase,
  recordKeyShare,
  recordNominationCut,
  recordOpenedRound,
  recordPartialDecryption,
  recordProposalAccepted,
  recordProposalReturned,
  recordProposalSubmitted,
  recordRevocationProposal,
  type Tx,
} from '@thidua/db';
import type { Effect, StepRecord } from './contract';
import { knownUser } from './users';

export type AwardEffect = Exclude<Effect, import('./effects-assessment').AssessmentEffect>;

export async function applyAwardEffect(tx: Tx, rec: StepRecord, effect: AwardEffect): Promise<void> {
  const cycleId = rec.cycleId;
  const at = new Date(rec.at);
  switch (effect.kind) {
    case 'attendanceRecorded':
      return recordAttendance(tx, {
        cycleId,
        sessionId: effect.sessionId,
        heldOn: effect.heldOn,
        session: effect.session,
        present: effect.present,
        writtenOpinion: effect.writtenOpinion,
        absent: effect.absent,
        at,
      });
    case 'roundOpened': {
      const { kind: _, ...round } = effect;
      return recordOpenedRound(tx, { ...round, at });
    }
    case 'keyShareRegistered':
      return recordKeyShare(tx, {
        roundId: effect.roundId,
        seat: effect.registration.member,
        publicShare: effect.registration.publicShare,
        proof: effect.registration.proof,
        publicKey: effect.publicKey,
      });
    case 'partialDecryptionSubmitted':
      return recordPartialDecryption(tx, {
        roundId: effect.roundId,
        seat: effect.partial.member,
        partial: effect.partial,
      });
    case 'candidacyWithdrawn':
      return recordCandidacyWithdrawal(tx, {
        cycleId,
        awardKind: effect.voteKind,
        unitId: effect.unitId,
        reason: effect.reason,
        letterNumber: effect.letterNumber,
        letterDate: effect.letterDate,
        letterFileId: effect.letter?.fileId,
        by: await knownUser(tx, effect.userId),
        at,
      });
    case 'eligibilityCaseRecorded':
      return recordEligibilityCase(tx, {
        caseId: effect.caseId,
        cycleId,
        unitId: effect.unitId,
        code: effect.code,
        reason: effect.reason,
        documentRef: effect.documentRef,
        blocks: effect.blocks,
        fileId: effect.file?.fileId,
        by: await knownUser(tx, effect.userId),
        at,
      });
    case 'eligibilityCaseCleared':
      return clearEligibilityCase(tx, {
        caseId: effect.caseId,
        clearedOn: effect.clearedOn,
        note: effect.note,
        by: await knownUser(tx, effect.userId),
        at,
      });
    case 'resultsConfirmed':
      return confirmResults(tx, { cycleId, nominations: effect.nominations, at });
    case 'proposalSubmitted':
      return recordProposalSubmitted(tx, {
        cycleId,
        proposalDocumentId: effect.proposalDocumentId,
        dueDate: effect.dueDate,
        by: await knownUser(tx, effect.userId),
        at,
      });
    case 'proposalReturned':
      return recordProposalReturned(tx, {
        cycleId,
        reason: effect.reason,
        by: await knownUser(tx, effect.userId),
        at,
      });
    case 'nominationCut':
      return recordNominationCut(tx, {
        cycleId,
        nominationId: effect.nominationId,
        reason: effect.reason,
        by: await knownUser(tx, effect.userId),
        at,
      });
    case 'proposalAccepted':
      return recordProposalAccepted(tx, { cycleId, by: await knownUser(tx, effect.userId), at });
    case 'decisionRecorded':
      return recordDecision(tx, {
        cycleId,
        number: effect.number,
        decisionDate: effect.decisionDate,
        signerName: effect.signerName,
        signerTitle: effect.signerTitle,
        awards: effect.awards,
        by: await knownUser(tx, effect.userId),
        at,
      });
    case 'revocationProposed':
      return recordRevocationProposal(tx, {
        cycleId,
        unitId: effect.unitId,
        awardKind: effect.award,
        caseId: effect.caseId,
        reason: effect.reason,
        by: await knownUser(tx, effect.userId),
        at,
      });
    case 'cycleClosed':
      return;
    case 'leadershipHandedOver': {
      const { kind: _kind, ...handOver } = effect;
      await handOverBlocLeadership(tx, handOver);
      return;
    }
  }
}
