import {
  BallotCryptoError,
  bytesToHex,
  digest,
  G,
  type Hex,
  IDENTITY,
  mulSecret,
  type Point,
  pointFromHex,
  pointToHex,
  type RandomBytes,
  randomScalar,
  scalarFromHex,
  scalarToHex,
} from './group';
import {
  type KnowledgeProofJson,
  knowledgeProofFromJson,
  knowledgeProofToJson,
  proveKnowledge,
  verifyKnowledge,
} from './proofs';

/**
 * The counting board's key: n-of-n. Each member draws a secret share x_i on their own device and
 * publishes X_i = x_i·G with a proof of knowledge of x_i (bound to the round and the member's seat, so
 * nobody can register a share derived from the others'); the round's key is H = ΣX_i. Decrypting a
 * total needs every member's partial decryption; a member who loses the device restores the share
 * from the backup file.
 */
export interface KeyShare {
  roundId: string;
  member: number;
  secret: bigint;
  publicShare: Point;
}

/** What a member's device sends to the server: the public share and its proof. */
export interface ShareRegistration {
  member: number;
  publicShare: Hex;
  proof: KnowledgeProofJson;
}

const KEY_TAG = 'key-share';

function checkSeat(member: number): void {
  if (!Number.isInteger(member) || member < 1 || member > 255)
    throw new BallotCryptoError(`member seat ${member} outside 1..255`);
}

export function generateKeyShare(
  roundId: string,
  member: number,
  rng: RandomBytes,
): { share: KeyShare; registration: ShareRegistration } {
  checkSeat(member);
  const secret = randomScalar(rng);
  const publicShare = mulSecret(G, secret);
  const proof = proveKnowledge(secret, KEY_TAG, [roundId, member], rng);
  return {
    share: { roundId, member, secret, publicShare },
    registration: { member, publicShare: pointToHex(publicShare), proof: knowledgeProofToJson(proof) },
  };
}

/** The registered share's point when its proof holds for this round and seat; throws otherwise. */
export function checkRegistration(roundId: string, registration: ShareRegistration): Point {
  checkSeat(registration.member);
  const X = pointFromHex(registration.publicShare, 'publicShare');
  if (X.equals(IDENTITY)) throw new BallotCryptoError('publicShare is the identity');
  const proof = knowledgeProofFromJson(registration.proof, 'proof');
  if (!verifyKnowledge(X, proof, KEY_TAG, [roundId, registration.member]))
    throw new BallotCryptoError(`the key proof of member ${registration.member} does not verify`);
  return X;
}

/** H = ΣX_i over the members' shares, in seat order. */
export function combinePublicKey(shares: readonly Point[]): Point {
  if (shares.length === 0) throw new BallotCryptoError('no key share');
  const H = shares.reduce((s, x) => s.add(x), IDENTITY);
  if (H.equals(IDENTITY)) throw new BallotCryptoError('the combined key is the identity');
  return H;
}

/** The backup file a member downloads: their secret share, the seat and round, and a checksum. */
interface ShareBackup {
  format: typeof BACKUP_FORMAT;
  roundId: string;
  member: number;
  publicShare: Hex;
  secretShare: Hex;
  checksum: Hex;
}

const BACKUP_FORMAT = 'thidua-ballot-key-share/1';

function backupChecksum(roundId: string, member: number, publicShare: Hex, secretShare: Hex): Hex {
  return bytesToHex(digest('key-backup', [roundId, member, publicShare, secretShare])).slice(0, 16);
}

export function shareToBackup(share: KeyShare): string {
  const publicShare = pointToHex(share.publicShare);
  const secretShare = scalarToHex(share.secret);
  const backup: ShareBackup = {
    format: BACKUP_FORMAT,
    roundId: share.roundId,
    member: share.member,
    publicShare,
    secretShare,
    checksum: backupChecksum(share.roundId, share.member, publicShare, secretShare),
  };
  return `${JSON.stringify(backup, null, 2)}\n`;
}

/**
 * Reads a backup; refuses one that is damaged, belongs to another round or seat, or does not match the
 * share the server registered for the member.
 */
export function restoreShare(
  text: string,
  expected: { roundId: string; member: number; publicShare?: Hex },
): KeyShare {
  let o: Partial<ShareBackup>;
  try {
    o = JSON.parse(text) as Partial<ShareBackup>;
  } catch {
    throw new BallotCryptoError('the backup is not JSON');
  }
  if (o.format !== BACKUP_FORMAT) throw new BallotCryptoError('not a key-share backup');
  if (o.roundId !== expected.roundId) throw new BallotCryptoError('the backup belongs to another round');
  if (o.member !== expected.member) throw new BallotCryptoError('the backup belongs to another member');
  const secret = scalarFromHex(o.secretShare, 'secretShare');
  const publicShare = pointFromHex(o.publicShare, 'publicShare');
  if (o.checksum !== backupChecksum(o.roundId, o.member, o.publicShare as Hex, o.secretShare as Hex))
    throw new BallotCryptoError('the backup checksum does not match');
  if (!mulSecret(G, secret).equals(publicShare))
    throw new BallotCryptoError('the backup secret does not match its public share');
  if (expected.publicShare !== undefined && expected.publicShare !== o.publicShare)
    throw new BallotCryptoError('the backup is not the share registered for this member');
  return { roundId: o.roundId, member: o.member, secret, publicShare };
}
