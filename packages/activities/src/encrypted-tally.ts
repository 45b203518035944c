import {
  BOARD_FORMAT,
  type BulletinBoard,
  boardHash,
  type Ciphertext,
  checkPartialDecryption,
  checkRegistration,
  ciphertextFromJson,
  ciphertextToJson,
  combineBallots,
  combinePublicKey,
  finishTally,
  pointFromHex,
  pointToHex,
  type RoundParams,
  roundParams,
  serializeBoard,
  verifyBallot,
} from '@thidua/ballot-crypto';
import {
  ballotBoardOf,
  closeVoteRound,
  type DbOrTx,
  encryptedBallotsOf,
  publishBallotBoard,
  schema,
  sealBallotBoard,
  type Tx,
} from '@thidua/db';
import { checkNonVotersConfirmed, DomainError, tallyFromTotals, voteKindLabels } from '@thidua/domain';
import { eq } from 'drizzle-orm';
import type {
  EncryptedCountInput,
  EncryptedCountOutput,
  SealedEncryptedRound,
  TallyRoundInput,
} from './contract';
import type { ResolvedDeps } from './deps';
import { withActivityErrors } from './errors';
import { roundCountFacts } from './tally';

/**
 * The count of an encrypted round (see @thidua/ballot-crypto and the workflow's conference module).
 * Sealing (at close) locks the round, checks the receipts against the ballots and adds the
 * ciphertexts per column; only those sums and who voted leave. Counting (once every board member's
 * partial decryption is in) checks every proof again, decrypts the totals, decides the round with the
 * domain's `tallyFromTotals`, publishes the bulletin board and closes the round. No single ballot
 * is decrypted, and no choice exists here to decrypt. Both are idempotent.
 */

const paramsOf = (input: TallyRoundInput): RoundParams =>
  roundParams(
    input.roundId,
    input.candidates.map((c) => c.unitId),
    input.maxChoices,
  );

async function lockRound(tx: Tx, roundId: string) {
  const [round] = await tx
    .select()
    .from(schema.voteRounds)
    .where(eq(schema.voteRounds.id, roundId))
    .for('update');
  if (!round) throw new Error(`vote round ${roundId} is not projected yet`);
  const board = await ballotBoardOf(tx, roundId);
  if (!board?.publicKey) throw new DomainError('BOARD_KEY_PENDING', undefined, { roundId });
  return { round, board: { ...board, publicKey: board.publicKey } };
}

async function whoVoted(tx: DbOrTx, input: TallyRoundInput) {
  const receipts = await tx
    .select({ unitId: schema.ballotReceipts.unitId })
    .from(schema.ballotReceipts)
    .where(eq(schema.ballotReceipts.roundId, input.roundId));
  const receiptUnitIds = receipts.map((r) => r.unitId).sort();
  const missingVoters = input.presentUnitIds.filter((u) => !receiptUnitIds.includes(u)).sort();
  return { receiptUnitIds, missingVoters };
}

export function sealEncryptedRound(
  deps: ResolvedDeps,
  input: TallyRoundInput,
): Promise<SealedEncryptedRound> {
  return withActivityErrors(() =>
    deps.db.transaction(async (tx) => {
      const { board } = await lockRound(tx, input.roundId);
      const voted = await whoVoted(tx, input);
      if (board.sealedAt && board.sums && board.ballotCount !== null)
        return { sums: board.sums, ballotCount: board.ballotCount, ...voted };
      if (input.notVotedConfirmed) checkNonVotersConfirmed(voted.missingVoters, input.notVotedConfirmed);
      const params = paramsOf(input);
      const key = pointFromHex(board.publicKey, 'publicKey');
      const stored = await encryptedBallotsOf(tx, input.roundId);
      if (stored.length !== voted.receiptUnitIds.length)
        throw new DomainError(
          'BALLOT_COUNT_MISMATCH',
          `Số phiếu trong hòm phiếu (${stored.length}) không khớp số đơn vị đã bỏ phiếu (${voted.receiptUnitIds.length}).`,
        );
      const columns: Ciphertext[][] = stored.map((b) => {
        const check = verifyBallot(params, key, b.ballot);
        if (!check.ok || check.tracker !== b.tracker)
          throw new DomainError(
            'BALLOT_PROOF_INVALID',
            `Phiếu ${b.tracker.slice(0, 12)}… trong hòm phiếu không hợp lệ.`,
          );
        return check.columns;
      });
      const sums = combineBallots(columns, params.candidateIds.length + 1).map(ciphertextToJson);
      await sealBallotBoard(tx, { roundId: input.roundId, sums, ballotCount: stored.length, at: deps.now() });
      return { sums, ballotCount: stored.length, ...voted };
    }),
  );
}

export function countEncryptedRound(
  deps: ResolvedDeps,
  input: EncryptedCountInput,
): Promise<EncryptedCountOutput> {
  return withActivityErrors(() =>
    deps.db.transaction(async (tx) => {
      const { round, board } = await lockRound(tx, input.roundId);
      const voted = await whoVoted(tx, input);
      if (round.status === 'closed' && round.tally && board.boardHash)
        return { tally: round.tally, boardHash: board.boardHash, ...voted };
      if (!board.sums || board.ballotCount === null) throw new DomainError('COUNT_PENDING');
      const params = paramsOf(input);
      const registrations = input.countingBoard;
      const shares = registrations.map((r) => checkRegistration(input.roundId, r));
      const key = combinePublicKey(shares);
      if (pointToHex(key) !== board.publicKey) throw new DomainError('KEY_SHARE_INVALID');
      const sums = board.sums.map((s, i) => ciphertextFromJson(s, `sums[${i}]`));
      const partials = input.partialDecryptions;
      if (partials.length !== shares.length) throw new DomainError('COUNT_PENDING');
      const points = partials.map((p, i) => {
        try {
          return checkPartialDecryption(params, key, shares[i] as (typeof shares)[number], sums, p);
        } catch (e) {
          throw new DomainError('PARTIAL_DECRYPTION_INVALID', undefined, { detail: (e as Error).message });
        }
      });
      const columns = finishTally(sums, points, board.ballotCount);
      const totals = columns.slice(0, -1);
      const blankBallots = columns.at(-1) ?? 0;
      const tally = tallyFromTotals({
        ...roundCountFacts(input),
        ballotsReceived: board.ballotCount,
        blankBallots,
        totals: Object.fromEntries(params.candidateIds.map((id, i) => [id, totals[i] ?? 0])),
      });
      const ballots = await encryptedBallotsOf(tx, input.roundId);
      const bulletin: BulletinBoard = {
        format: BOARD_FORMAT,
        round: {
          id: input.roundId,
          title: `${voteKindLabels[input.voteKind]}, vòng ${input.roundNumber}`,
          candidates: input.candidates.map((c) => ({ id: c.unitId, name: c.name ?? c.unitId })),
          maxChoices: paramsOf(input).maxChoices,
        },
        countingBoard: registrations,
        publicKey: board.publicKey,
        ballots: ballots.map((b) => ({ tracker: b.tracker, ...b.ballot })),
        tally: {
          ballotCount: board.ballotCount,
          sums: board.sums,
          partialDecryptions: partials,
          totals,
          blankBallots,
        },
      };
      const file = serializeBoard(bulletin);
      const hash = boardHash(file);
      await publishBallotBoard(tx, { roundId: input.roundId, file, hash });
      await closeVoteRound(tx, { roundId: input.roundId, tally, closedAt: deps.now() });
      deps.logger.info(
        { roundId: input.roundId, outcome: tally.outcome.kind, ballots: board.ballotCount },
        'encrypted round counted',
      );
      return { tally, boardHash: hash, ...voted };
    }),
  );
}
