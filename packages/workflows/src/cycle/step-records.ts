/**
 * Records issued at the step where they arise: a round's blank ballot when it opens, its vote-count
 * minutes when it is counted (leadership rounds included), the score table when scores are locked, the
 * pact when registration closes, a Tờ trình đề nghị hủy/thu hồi when the bloc proposes one. One activity
 * call per record, keyed by what it records (the round, the step), so a retry or a replay never issues a
 * second number. A record that cannot be built does not stop the cycle: the failure is audited and told
 * to the bloc, as for the dossier.
 */
import { ActivityFailure } from '@temporalio/workflow';
import type { DocumentSet, GenerateDocumentsInput, RevocationRecord } from '@thidua/activities/contract';
import { excludedFromBallot } from './conference-rules';
import { acts, type CycleContext } from './context';
import { documentFacts } from './dossier';
import { asFailure } from './errors';
import { notice, toBloc, toProvince } from './notify';
import type { RoundState } from './types';

async function issueRecord(
  ctx: CycleContext,
  set: DocumentSet,
  key: string,
  round?: GenerateDocumentsInput['round'],
  revocation?: RevocationRecord,
): Promise<void> {
  const s = ctx.state;
  // A run that issues its records after the answer has the activity write their audit row too.
  const audited = ctx.recordsAfterAnswer();
  try {
    const docs = await acts.generateDocuments({
      cycleId: s.cycleId,
      set,
      key,
      at: ctx.nowIso(),
      facts: documentFacts(s),
      round,
      ...(audited ? { audited } : {}),
      ...(revocation ? { revocation } : {}),
    });
    s.stepRecordIds.push(...docs.map((d) => d.id));
    if (audited) return;
    ctx.bump();
    await ctx.record({
      step: 'documents.generated',
      key,
      audit: {
        action: 'document.generate',
        entity: 'cycle',
        entityId: s.cycleId,
        after: { set, documents: docs },
      },
    });
  } catch (error) {
    if (!(error instanceof ActivityFailure)) throw error;
    const failure = asFailure(error).message;
    ctx.bump();
    await ctx.record({
      step: 'documents.failed',
      key,
      audit: { action: 'document.fail', entity: 'cycle', entityId: s.cycleId, after: { set, failure } },
      notifications: [
        notice(s, toBloc(s), 'record.failed', key, { set, failure }),
        notice(s, toProvince(s, 'secretariat'), 'record.failed', key, { set, failure }),
      ],
    });
  }
}

/** The blank ballot of a round, as it opens (runoffs included). */
export function issueBallot(ctx: CycleContext, round: RoundState): Promise<void> {
  return issueRecord(ctx, 'ballot', `ballot:${round.id}`, {
    roundId: round.id,
    excluded: excludedFromBallot(ctx.state, round),
  });
}

/** The vote-count minutes of a round, once its tally is applied (with the present units that did not vote). */
export function issueTallyMinutes(ctx: CycleContext, round: RoundState): Promise<void> {
  return issueRecord(ctx, 'tally', `tally:${round.id}`, {
    roundId: round.id,
    notVoted: [...(round.result?.missingVoters ?? [])],
  });
}

/** The score table, once scores are locked. */
export function issueScoreTable(ctx: CycleContext): Promise<void> {
  return issueRecord(ctx, 'scores', 'scores');
}

/** The pact, once every unit has signed and registered. */
export function issuePact(ctx: CycleContext): Promise<void> {
  return issueRecord(ctx, 'pact', 'pact');
}

/** The Tờ trình đề nghị hủy/thu hồi of one award, as the bloc proposes it. */
export function issueRevocationProposal(ctx: CycleContext, revocation: RevocationRecord): Promise<void> {
  return issueRecord(
    ctx,
    'revocation',
    `revocation:${revocation.unitId}:${revocation.award}`,
    undefined,
    revocation,
  );
}
