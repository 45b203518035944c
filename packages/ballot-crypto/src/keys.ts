import { hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';
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
  scalarToBytes,
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

/**
 * The backup file a member downloads: the seat, the round and the public share in clear, the secret
 * share sealed with AES-256-GCM under a key derived from the member's passphrase (PBKDF2-SHA-256),
 * the clear fields bound to it as associated data. Without the passphrase the file reveals nothing.
 */
interface ShareBackup {
  format: typeof BACKUP_FORMAT;
  roundId: string;
  member: number;
  publicShare: Hex;
  kdf: { name: 'PBKDF2-SHA-256'; iterations: number; salt: Hex };
  cipher: { name: 'AES-256-GCM'; iv: Hex };
  sealedSecret: Hex;
}

const BACKUP_FORMAT = 'thidua-ballot-key-share/1';
const KDF_ITERATIONS = 600_000;
const MIN_PASSPHRASE = 10;

type BackupKey = Awaited<ReturnType<typeof crypto.subtle.deriveKey>>;

/** A copy on its own ArrayBuffer: what WebCrypto's DOM typings ask for (Node's accept either). */
const own = (bytes: Uint8Array): Uint8Array<ArrayBuffer> => Uint8Array.from(bytes);

async function backupKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<BackupKey> {
  if (passphrase.normalize('NFC').length < MIN_PASSPHRASE)
    throw new BallotCryptoError(`the passphrase needs at least ${MIN_PASSPHRASE} characters`);
  const material = await crypto.subtle.importKey(
    'raw',
    utf8ToBytes(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: own(salt), iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

const header = (b: Pick<ShareBackup, 'roundId' | 'member' | 'publicShare'>) =>
  digest('key-backup', [BACKUP_FORMAT, b.roundId, b.member, b.publicShare]);

export async function shareToBackup(share: KeyShare, passphrase: string, rng: RandomBytes): Promise<string> {
  const salt = rng(16);
  const iv = rng(12);
  const clear = { roundId: share.roundId, member: share.member, publicShare: pointToHex(share.publicShare) };
  const key = await backupKey(passphrase, salt, KDF_ITERATIONS);
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: own(iv), additionalData: own(header(clear)) },
    key,
    own(scalarToBytes(share.secret)),
  );
  const backup: ShareBackup = {
    format: BACKUP_FORMAT,
    ...clear,
    kdf: { name: 'PBKDF2-SHA-256', iterations: KDF_ITERATIONS, salt: bytesToHex(salt) },
    cipher: { name: 'AES-256-GCM', iv: bytesToHex(iv) },
    sealedSecret: bytesToHex(new Uint8Array(sealed)),
  };
  return `${JSON.stringify(backup, null, 2)}\n`;
}

const HEX = /^(?:[0-9a-f]{2})+$/;
const hexField = (v: unknown, what: string): Uint8Array => {
  if (typeof v !== 'string' || !HEX.test(v)) throw new BallotCryptoError(`the backup's ${what} is damaged`);
  return hexToBytes(v);
};

/**
 * Reads a backup with its passphrase; refuses one that is damaged, belongs to another round or seat,
 * opens with another passphrase, or does not match the share the server registered for the member.
 */
export async function restoreShare(
  text: string,
  passphrase: string,
  expected: { roundId: string; member: number; publicShare?: Hex },
): Promise<KeyShare> {
  let o: Partial<ShareBackup>;
  try {
    o = JSON.parse(text) as Partial<ShareBackup>;
  } catch {
    throw new BallotCryptoError('the backup is not JSON');
  }
  if (o.format !== BACKUP_FORMAT) throw new BallotCryptoError('not a key-share backup');
  if (o.roundId !== expected.roundId) throw new BallotCryptoError('the backup belongs to another round');
  if (o.member !== expected.member) throw new BallotCryptoError('the backup belongs to another member');
  const publicShare = pointFromHex(o.publicShare, 'publicShare');
  if (expected.publicShare !== undefined && expected.publicShare !== o.publicShare)
    throw new BallotCryptoError('the backup is not the share registered for this member');
  const iterations = o.kdf?.iterations;
  if (
    typeof iterations !== 'number' ||
    !Number.isInteger(iterations) ||
    iterations < 100_000 ||
    iterations > 10_000_000
  )
    throw new BallotCryptoError("the backup's key derivation is damaged");
  const key = await backupKey(passphrase, hexField(o.kdf?.salt, 'salt'), iterations);
  let opened: ArrayBuffer;
  try {
    opened = await crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: own(hexField(o.cipher?.iv, 'iv')),
        additionalData: own(
          header({ roundId: o.roundId, member: o.member, publicShare: o.publicShare as Hex }),
        ),
      },
      key,
      own(hexField(o.sealedSecret, 'sealed secret')),
    );
  } catch {
    throw new BallotCryptoError('wrong passphrase, or the backup is damaged');
  }
  const secret = scalarFromHex(bytesToHex(new Uint8Array(opened)), 'secretShare');
  if (!mulSecret(G, secret).equals(publicShare))
    throw new BallotCryptoError('the backup secret does not match its public share');
  return { roundId: o.roundId, member: o.member, secret, publicShare };
}
