/**
 * Activities are the only place where the cycle workflow touches I/O: PostgreSQL projections through
 * @thidua/db, records through @thidua/documents. Every write is idempotent by (cycle, step, key).
 */
import type { LiveDossier } from '@thidua/documents';
import type {
  DocumentFacts,
  EncryptedCountInput,
  EncryptedCountOutput,
  GenerateDocumentsInput,
  GeneratedDocument,
  InitCycleInput,
  SealedEncryptedRound,
  StepOutcome,
  StepRecord,
  TallyRoundInput,
  TallyRoundOutput,
} from './contract';
import { type ActivityDeps, type ResolvedDeps, resolveDeps } from './deps';
import { generateDocuments } from './documents';
import { countEncryptedRound, sealEncryptedRound } from './encrypted-tally';
import { initCycle } from './init-cycle';
import { recordStep } from './record-step';
import { checkIssuedDossier as checkIssued } from './records/issued-dossier';
import { tallyRound } from './tally';

export type * from './contract';
export type { ActivityDeps, ActivityLogger, DocumentsPort } from './deps';

/** Builds the activity functions the worker registers: `Worker.create({ activities: createActivities(deps) })`. */
export function createActivities(deps: ActivityDeps) {
  let resolved: Promise<ResolvedDeps> | undefined;
  const ready = () => {
    resolved ??= resolveDeps(deps);
    return resolved;
  };
  return {
    async initCycle(input: InitCycleInput): Promise<{ cycleId: string }> {
      return initCycle(await ready(), input);
    },
    async recordStep(record: StepRecord): Promise<StepOutcome> {
      return recordStep(await ready(), record);
    },
    async tallyRound(input: TallyRoundInput): Promise<TallyRoundOutput> {
      return tallyRound(await ready(), input);
    },
    async sealEncryptedRound(input: TallyRoundInput): Promise<SealedEncryptedRound> {
      return sealEncryptedRound(await ready(), input);
    },
    async countEncryptedRound(input: EncryptedCountInput): Promise<EncryptedCountOutput> {
      return countEncryptedRound(await ready(), input);
    },
    async generateDocuments(input: GenerateDocumentsInput): Promise<GeneratedDocument[]> {
      return generateDocuments(await ready(), input);
    },
  };
}

export type Activities = ReturnType<typeof createActivities>;

/** The cycle's dossier as currently issued, checked as a whole; throws DOSSIER_INCONSISTENT. */
export async function checkIssuedDossier(
  deps: ActivityDeps,
  input: { cycleId: string; facts: DocumentFacts },
): Promise<LiveDossier> {
  return checkIssued(await resolveDeps(deps), input);
}
