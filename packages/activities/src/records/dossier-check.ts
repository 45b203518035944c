import type * as Docs from '@thidua/documents';
import { quotaFor } from '@thidua/domain';
import { type Context, recordedSession } from './context';
import { basisOf, fileKind } from './shared';
import type { IssuedMinutes } from './step-facts';

/**
 * What the dossier's records are checked against: the conference's day, the year's quotas, and each
 * issued vote-count minute with the tally of its round (matched by the file it was issued as).
 */
export function dossierFacts(
  ctx: Context,
  issuedMinutes: readonly IssuedMinutes[],
  records: readonly Docs.LiveRecord[],
): Docs.LiveDossier {
  const { session } = recordedSession(ctx);
  const units = ctx.facts.units.length;
  const tallies = issuedMinutes.flatMap((m): Docs.IssuedTally[] => {
    const t = ctx.tallies.find(
      (x) => m.fileName === `bien-ban-kiem-phieu-${fileKind[x.voteKind]}-vong-${x.roundNumber}.docx`,
    );
    if (!t) return [];
    return [
      {
        title: m.title,
        number: m.number,
        // Every vote-count minute carries the day of the session it counted.
        date: session.heldOn,
        voteKind: t.voteKind,
        denominator: basisOf(t).denominator.count,
        rows: t.candidates.map((c) => ({
          unitId: c.unitId,
          votes: c.votes,
          elected: t.electedIds.includes(c.unitId),
        })),
      },
    ];
  });
  return {
    conferenceDate: session.heldOn,
    quotas: {
      provincialFlag: quotaFor(ctx.ruleSet.quotas.provincialFlag, units),
      certificateOfMerit: quotaFor(ctx.ruleSet.quotas.certificateOfMerit, units),
    },
    tallies,
    records,
  };
}
