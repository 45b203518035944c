import { BallotCryptoError, digest, type Point } from './group';

/** What a round's ballots are about: its id, the candidates in ballot order and the most choices a ballot may make. */
export interface RoundParams {
  roundId: string;
  candidateIds: readonly string[];
  maxChoices: number;
}

/**
 * A round's parameters for its ballots. The limit is what a ballot can prove: never above the
 * candidates on it (a round of 3 seats with 2 eligible candidates takes at most 2 marks).
 */
export function roundParams(
  roundId: string,
  candidateIds: readonly string[],
  maxChoices: number,
): RoundParams {
  return { roundId, candidateIds, maxChoices: Math.min(maxChoices, candidateIds.length) };
}

export function checkParams(params: RoundParams): void {
  const { roundId, candidateIds, maxChoices } = params;
  if (roundId.length === 0) throw new BallotCryptoError('round id is empty');
  if (candidateIds.length === 0) throw new BallotCryptoError('a round needs at least one candidate');
  if (new Set(candidateIds).size !== candidateIds.length) throw new BallotCryptoError('candidate ids repeat');
  if (!Number.isInteger(maxChoices) || maxChoices < 1 || maxChoices > candidateIds.length)
    throw new BallotCryptoError(`maxChoices must be within 1..${candidateIds.length}`);
}

/**
 * The round's context: SHA-256 over the round id, the limit, the candidates and the public key. Every
 * ballot, count and decryption proof hashes it, which binds each proof to this round and this key.
 */
export function roundContext(params: RoundParams, publicKey: Point): Uint8Array {
  checkParams(params);
  return digest('round', [
    params.roundId,
    params.maxChoices,
    params.candidateIds.length,
    ...params.candidateIds,
    publicKey,
  ]);
}
