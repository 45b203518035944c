import { createHash } from 'node:crypto';
import { ristretto255 } from '@noble/curves/ed25519.js';

/**
 * What the verifier needs of the group and the hashes, written from SPEC.md on its own: the points come
 * from the group library, the hashes from Node's OpenSSL, the framing and the reductions from here.
 */
type Elem = InstanceType<typeof ristretto255.Point>;

export type { Elem };

export const L = 2n ** 252n + 27742317777372353535851937790883648493n;
export const BASE: Elem = ristretto255.Point.BASE;
export const ZERO: Elem = ristretto255.Point.ZERO;

/** Thrown for anything that is not what SPEC.md describes; the message is shown to the user. */
export class Reject extends Error {}

const isHex64 = (v: unknown): v is string => typeof v === 'string' && /^[0-9a-f]{64}$/.test(v);

export function elem(v: unknown, where: string): Elem {
  if (!isHex64(v)) throw new Reject(`${where}: không phải 32 byte dạng hex`);
  try {
    return ristretto255.Point.fromHex(v);
  } catch {
    throw new Reject(`${where}: không phải một điểm ristretto255 hợp lệ`);
  }
}

export function scalar(v: unknown, where: string): bigint {
  if (!isHex64(v)) throw new Reject(`${where}: không phải 32 byte dạng hex`);
  const n = BigInt(`0x${v}`);
  if (n >= L) throw new Reject(`${where}: số vô hướng không nhỏ hơn bậc của nhóm`);
  return n;
}

/** k·P for public k (any integer, reduced mod ℓ). */
export const times = (p: Elem, k: bigint): Elem => p.multiplyUnsafe(((k % L) + L) % L);

const be32 = (n: number): Buffer => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
};

/** A transcript under SHA-512 or SHA-256, every item framed by its 4-byte big-endian length. */
export class Transcript {
  private readonly chunks: Buffer[] = [];

  constructor(tag: string) {
    this.text(`thidua-ballot/v1/${tag}`);
  }

  private put(bytes: Uint8Array): this {
    this.chunks.push(be32(bytes.length), Buffer.from(bytes));
    return this;
  }

  text(s: string): this {
    return this.put(Buffer.from(s, 'utf8'));
  }

  u32(n: number): this {
    return this.put(be32(n));
  }

  raw(bytes: Uint8Array): this {
    return this.put(bytes);
  }

  elems(...ps: Elem[]): this {
    for (const p of ps) this.put(p.toBytes());
    return this;
  }

  scalars(ks: readonly bigint[]): this {
    for (const k of ks) this.put(Buffer.from(k.toString(16).padStart(64, '0'), 'hex'));
    return this;
  }

  /** The Fiat–Shamir challenge: SHA-512, big-endian, mod ℓ. */
  challenge(): bigint {
    const d = createHash('sha512').update(Buffer.concat(this.chunks)).digest('hex');
    return BigInt(`0x${d}`) % L;
  }

  sha256(): Buffer {
    return createHash('sha256').update(Buffer.concat(this.chunks)).digest();
  }
}

export const fileHash = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');
