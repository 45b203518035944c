/**
 * What the records of one step read beyond the cycle's context: the round a ballot or a vote-count
 * minute belongs to, the numbers of the vote-count minutes the conference minutes cite.
 */
import {
  ballotBoardOf,
  boardMembersOf,
  loadOfficials,
  loadReviewHistory,
  loadScoreSheets,
  schema,
  type Tx,
} from '@thidua/db';
import type {
  Candidate,
  Official,
  ReviewHistoryEntry,
  ReviewReply,
  ScoreSheet,
  ScoringTemplate,
  TallyResult,
  VoteKind,
} from '@thidua/domain';
import { and, asc, eq, isNotNull, isNull } from 'drizzle-orm';
import type { ExcludedCandidate, GenerateDocumentsInput, RevocationRecord } from '../contract';
import { loadReportFacts, type ReportFacts } from './report-facts';

export interface RoundFacts {
  roundId: string;
  voteKind: VoteKind;
  roundNumber: number;
  maxChoices: number;
  candidates: Candidate[];
  excluded: ExcludedCandidate[];
  /** Present units that returned no ballot (the vote-count minutes name them). */
  notVoted: string[];
  tally: TallyResult | null;
  /** An encrypted round's published bulletin board: its hash and the members who decrypted. */
  encrypted?: { decryptedBy: string[]; boardHash: string } | undefined;
}

export interface IssuedMinutes {
  number: string;
  issuedAt: Date;
  fileName: string;
  title: string;
}

export interface StepFacts {
  round?: RoundFacts | undefined;
  /** The cycle's vote-count minutes as issued, in issue order. */
  tallyMinutes: IssuedMinutes[];
  /** The locked scores: the cycle's criteria, every unit's sheet as stored, the review's history. */
  scores?:
    | {
        template: ScoringTemplate;
        sheets: ScoreSheet[];
        history: { changes: ReviewHistoryEntry[]; replies: ReviewReply[] };
      }
    | undefined;
  /** The pact: its common clauses, each unit's registered targets, the unit heads' holdings. */
  pact?:
    | {
        clauses: { code: string; text: string }[];
        template: ScoringTemplate;
        targets: Map<string, string[]>;
        unitHeads: Official[];
      }
    | undefined;
  /** The dossier's reports: what each unit submitted and how the year went. */
  reports?: ReportFacts | undefined;
  /** The proposal to revoke an award a revocation Tờ trình is of. */
  revocation?: RevocationRecord | undefined;
}

async function publishedBoard(tx: Tx, roundId: string): Promise<RoundFacts['encrypted']> {
  const board = await ballotBoardOf(tx, roundId);
  if (!board?.boardHash) return undefined;
  const members = await boardMembersOf(tx, roundId);
  return { decryptedBy: members.map((m) => m.name), boardHash: board.boardHash };
}

export async function loadStepFacts(tx: Tx, input: GenerateDocumentsInput): Promise<StepFacts> {
  const out: StepFacts = { tallyMinutes: [], revocation: input.revocation };
  if (input.round) {
    const [row] = await tx
      .select()
      .from(schema.voteRounds)
      .where(eq(schema.voteRounds.id, input.round.roundId));
    if (!row) throw new Error(`round ${input.round.roundId} is not projected`);
    out.round = {
      roundId: row.id,
      voteKind: row.voteKind,
      roundNumber: row.roundNumber,
      maxChoices: row.maxChoices,
      candidates: row.candidates,
      excluded: input.round.excluded ?? [],
      notVoted: input.round.notVoted ?? [],
      tally: row.tally ?? null,
      encrypted: await publishedBoard(tx, row.id),
    };
  }
  if (input.set === 'dossier') {
    const rows = await tx
      .select({
        label: schema.documents.numberLabel,
        issuedAt: schema.documents.issuedAt,
        fileName: schema.documents.fileName,
        title: schema.documents.title,
      })
      .from(schema.documents)
      .where(
        and(
          eq(schema.documents.cycleId, input.cycleId),
          eq(schema.documents.recordType, 'tallyMinutes'),
          isNotNull(schema.documents.numberLabel),
          isNull(schema.documents.cancelledAt),
        ),
      )
      .orderBy(asc(schema.documents.number));
    out.tallyMinutes = rows.flatMap((r) =>
      r.label && r.issuedAt
        ? [{ number: r.label, issuedAt: r.issuedAt, fileName: r.fileName, title: r.title }]
        : [],
    );
    out.reports = await loadReportFacts(tx, input);
  }
  if (input.set === 'scores' || input.set === 'pact') {
    const [template] = await tx
      .select({ body: schema.scoringTemplates.body })
      .from(schema.scoringTemplates)
      .where(eq(schema.scoringTemplates.cycleId, input.cycleId));
    if (!template) throw new Error(`cycle ${input.cycleId} has no scoring template`);
    if (input.set === 'scores') {
      out.scores = {
        template: template.body,
        sheets: await loadScoreSheets(tx, input.cycleId),
        history: await loadReviewHistory(tx, input.cycleId),
      };
    } else {
      const [pact] = await tx
        .select({ clauses: schema.pacts.clauses })
        .from(schema.pacts)
        .where(eq(schema.pacts.cycleId, input.cycleId));
      const registrations = await tx
        .select({ unitId: schema.registrations.unitId, targets: schema.registrations.targets })
        .from(schema.registrations)
        .where(eq(schema.registrations.cycleId, input.cycleId));
      out.pact = {
        clauses: pact?.clauses ?? [],
        template: template.body,
        targets: new Map(
          registrations.map((r) => [
            r.unitId,
            r.targets.map((t) => (t.value ? `${t.title}: ${t.value}` : t.title)),
          ]),
        ),
        unitHeads: await loadOfficials(tx, { unitIds: input.facts.units.map((u) => u.id) }, ['unitHead']),
      };
    }
  }
  return out;
}
