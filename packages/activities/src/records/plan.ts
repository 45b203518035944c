import type * as Docs from '@thidua/documents';
import type { GenerateDocumentsInput } from '../contract';
import type { Context, Planned } from './context';
import { planDecision } from './decision';
import { planMinutes } from './minutes';
import { planProposal } from './proposal';
import { recordParts } from './shared';

export {
  type Citation,
  type Context,
  DOCX,
  type Issue,
  loadContext,
  type Planned,
  type RecordType,
} from './context';

/** The records of one set, in the order they are numbered. */
export function plan(ctx: Context, set: GenerateDocumentsInput['set'], docs: typeof Docs): Planned[] {
  const parts = recordParts(ctx);
  if (set === 'decision') return planDecision(ctx, docs, parts);
  return [...planMinutes(ctx, docs, parts), ...planProposal(ctx, docs, parts)];
}
