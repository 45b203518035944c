import { ristretto255 } from '@noble/curves/ed25519.js';
import { sha256, sha512 } from '@noble/hashes/sha2.js';
import { bytesToHex, concatBytes, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * The group: ristretto255 (RFC 9496), a prime-order group of order ℓ = 2^252 + 27742317777372353535851937790883648493.
 * Points travel as the 32-byte canonical encoding in lower-case hex; scalars as 32 bytes big-endian in hex.
 */
export type Point = InstanceType<typeof ristretto255.Point>;
export const G: Point = ristretto255.Point.BASE;
export const IDENTITY: Point = ristretto255.Point.ZERO;
const ORDER: bigint = ristretto255.Point.Fn.ORDER;

export type Hex = string;

export function mod(x: bigint): bigint {
  const r = x % ORDER;
  return r < 0n ? r + ORDER : r;
}

/** s·P for a secret scalar (constant-time ladder); 0·P is the identity. */
export function mulSecret(p: Point, s: bigint): Point {
  const k = mod(s);
  return k === 0n ? IDENTITY : p.multiply(k);
}

/** s·P for public values (proof verification): faster, not constant-time. */
export function mulPublic(p: Point, s: bigint): Point {
  return p.multiplyUnsafe(mod(s));
}

/** m·G for a small non-negative integer (a vote or a total). */
export function small(m: number): Point {
  return mulPublic(G, BigInt(m));
}

const prepared = new Map<Hex, Point>();

/**
 * The round's public key with a table of multiples (8-bit windows): about nine times faster to multiply,
 * for the few keys in use at a time.
 */
export function preparedKey(key: Point): Point {
  const hex = pointToHex(key);
  const hit = prepared.get(hex);
  if (hit) return hit;
  if (prepared.size >= 16) prepared.clear();
  const fresh = ristretto255.Point.fromHex(hex);
  fresh.precompute(8, false);
  prepared.set(hex, fresh);
  return fresh;
}

export function pointToHex(p: Point): Hex {
  return bytesToHex(p.toBytes());
}

const HEX_32 = /^[0-9a-f]{64}$/;

/** Decodes a canonical point; refuses anything else (wrong length, non-canonical, not on the group). */
export function pointFromHex(hex: unknown, what: string): Point {
  if (typeof hex !== 'string' || !HEX_32.test(hex))
    throw new BallotCryptoError(`${what}: not 32 bytes of hex`);
  try {
    return ristretto255.Point.fromHex(hex);
  } catch {
    throw new BallotCryptoError(`${what}: not a ristretto255 point`);
  }
}

/** An object of two hex fields, each decoded by `decode` and named in its errors (`what.key`). */
export function hexPair<K extends string, T>(
  json: unknown,
  keys: readonly [K, K],
  decode: (hex: unknown, what: string) => T,
  what: string,
): Record<K, T> {
  const o = json as Record<string, unknown> | null;
  const [x, y] = keys;
  return { [x]: decode(o?.[x], `${what}.${x}`), [y]: decode(o?.[y], `${what}.${y}`) } as Record<K, T>;
}

export function scalarToHex(s: bigint): Hex {
  return mod(s).toString(16).padStart(64, '0');
}

export function scalarFromHex(hex: unknown, what: string): bigint {
  if (typeof hex !== 'string' || !HEX_32.test(hex))
    throw new BallotCryptoError(`${what}: not 32 bytes of hex`);
  const s = BigInt(`0x${hex}`);
  if (s >= ORDER) throw new BallotCryptoError(`${what}: scalar not below the group order`);
  return s;
}

export function scalarToBytes(s: bigint): Uint8Array {
  return hexToBytes(scalarToHex(s));
}

/** A malformed or inconsistent cryptographic input (a proof that does not verify is `false`, not this). */
export class BallotCryptoError extends Error {
  override name = 'BallotCryptoError';
}

/** A part of a hashed transcript: bytes, a point, a string (UTF-8) or a 32-bit unsigned integer. */
export type Part = Uint8Array | Point | string | number;

function partBytes(part: Part): Uint8Array {
  if (typeof part === 'string') return utf8ToBytes(part);
  if (typeof part === 'number') {
    if (!Number.isInteger(part) || part < 0 || part > 0xffffffff)
      throw new BallotCryptoError(`not a u32: ${part}`);
    const out = new Uint8Array(4);
    new DataView(out.buffer).setUint32(0, part, false);
    return out;
  }
  if (part instanceof Uint8Array) return part;
  return part.toBytes();
}

/** len(x) as 4 bytes big-endian, then x: the framing of every hashed transcript. */
function framed(parts: readonly Part[]): Uint8Array {
  return concatBytes(
    ...parts.flatMap((p) => {
      const b = partBytes(p);
      return [partBytes(b.length), b];
    }),
  );
}

const DOMAIN = 'thidua-ballot/v1/';

/** Fiat–Shamir challenge: SHA-512 over the framed domain tag and parts, read big-endian, reduced mod ℓ. */
export function challenge(tag: string, parts: readonly Part[]): bigint {
  const digest = sha512(framed([`${DOMAIN}${tag}`, ...parts]));
  return mod(BigInt(`0x${bytesToHex(digest)}`));
}

/** SHA-256 over the framed domain tag and parts (context fingerprints, trackers). */
export function digest(tag: string, parts: readonly Part[]): Uint8Array {
  return sha256(framed([`${DOMAIN}${tag}`, ...parts]));
}

/** A source of random bytes: the platform's CSPRNG in use, a seeded one in known-answer tests. */
export type RandomBytes = (n: number) => Uint8Array;

export const systemRandom: RandomBytes = (n) => crypto.getRandomValues(new Uint8Array(n));

/** Deterministic bytes from a seed (SHA-512 in counter mode). For tests and fixed vectors only. */
export function seededRandom(seed: string): RandomBytes {
  let counter = 0;
  let pool = new Uint8Array(0);
  return (n) => {
    while (pool.length < n) {
      pool = concatBytes(pool, sha512(framed(['seeded-random', seed, counter++])));
    }
    const out = pool.slice(0, n);
    pool = pool.slice(n);
    return out;
  };
}

/** A uniformly random non-zero scalar (64 bytes reduced mod ℓ: bias below 2^-250). */
export function randomScalar(rng: RandomBytes): bigint {
  for (;;) {
    const s = mod(BigInt(`0x${bytesToHex(rng(64))}`));
    if (s !== 0n) return s;
  }
}

export { bytesToHex };
