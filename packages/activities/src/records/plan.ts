import type * as Docs from '@thidua/documents';
import type { GenerateDocumentsInput } from '../contract';
import { planAchievementReports } from './achievement';
import type { Context, Planned } from './context';
import { planDecision } from './decision';
import { planMinutes } from './minutes';
import { planPact } from './pact';
import { planProposal } from './proposal';
import { planRevocation } from './revocation';
import { planBallot, planTallyMinutes } from './rounds';
import { planScoreTable } from './scores';
import { recordParts } from './shared';
import type { StepFacts } from './step-facts';
import { planYearEndReport } from './year-end';

export { type Context, DOCX, loadContext, type Planned } from './context';
export { loadStepFacts, type StepFacts } from './step-facts';

/** The records of one set, in the order they are numbered. */
export function plan(
  ctx: Context,
  set: GenerateDocumentsInput['set'],
  docs: typeof Docs,
  step: StepFacts,
): Planned[] {
  const parts = recordParts(ctx);
  switch (set) {
    case 'decision':
      return planDecision(ctx, docs, parts);
    case 'ballot':
      return planBallot(ctx, docs, parts, step.round);
    case 'tally':
      return planTallyMinutes(ctx, docs, parts, step.round);
    case 'scores':
      return planScoreTable(ctx, docs, parts, step.scores);
    case 'pact':
      return planPact(ctx, docs, parts, step.pact);
    case 'revocation':
      return planRevocation(ctx, docs, parts, step.revocation);
    case 'dossier':
      return [
        ...planMinutes(
          ctx,
          docs,
          parts,
          step.tallyMinutes.map((t) => t.number),
        ),
        ...planProposal(
          ctx,
          docs,
          parts,
          step.tallyMinutes.map((t) => t.number),
        ),
        ...planYearEndReport(ctx, docs, parts, step.reports),
        ...planAchievementReports(ctx, docs, parts, step.reports),
      ];
  }
}
