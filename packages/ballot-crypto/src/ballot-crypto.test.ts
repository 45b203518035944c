import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { encryptBallot, verifyBallot } from './ballot';
import { encrypt, smallLog } from './elgamal';
import { BallotCryptoError, G, mulSecret, type Point, pointFromHex, pointToHex, seededRandom } from './group';
import {
  checkRegistration,
  combinePublicKey,
  generateKeyShare,
  type KeyShare,
  restoreShare,
  shareToBackup,
} from './keys';
import { type RoundParams, roundParams } from './round';
import { simulateRound } from './simulate';
import { checkPartialDecryption, combineBallots, finishTally, partialDecrypt } from './tally';
import { forgeBallot, forgedSecret } from './test-forgery';

function board(roundId: string, members: number, seed: string) {
  const rng = seededRandom(seed);
  const keys = Array.from({ length: members }, (_, i) => generateKeyShare(roundId, i + 1, rng));
  const publicShares = keys.map((k) => checkRegistration(roundId, k.registration));
  return { rng, keys, publicShares, publicKey: combinePublicKey(publicShares) };
}

const params: RoundParams = { roundId: 'round-a', candidateIds: ['u1', 'u2', 'u3', 'u4'], maxChoices: 2 };

function count(p: RoundParams, b: ReturnType<typeof board>, marks: number[][]) {
  const cts = marks.map((m) => {
    const check = verifyBallot(p, b.publicKey, encryptBallot(p, b.publicKey, m, b.rng).ballot);
    if (!check.ok) throw new Error(check.detail);
    return check.columns;
  });
  const sums = combineBallots(cts, p.candidateIds.length + 1);
  const partials = b.keys.map((k) => partialDecrypt(p, b.publicKey, k.share, sums, b.rng));
  return { sums, partials };
}

describe('exponential ElGamal', () => {
  it('decrypts with the sum of the members’ secrets, and adds under encryption', () => {
    const b = board('r', 3, 'elgamal');
    const x = b.keys.reduce((s, k) => s + k.share.secret, 0n);
    const c1 = encrypt(b.publicKey, 1, 77n);
    const c2 = encrypt(b.publicKey, 4, 1234n);
    const open = (c: { a: Point; b: Point }) => smallLog(c.b.subtract(mulSecret(c.a, x)), 10);
    expect(open(c1)).toBe(1);
    expect(open(c2)).toBe(4);
    expect(open({ a: c1.a.add(c2.a), b: c1.b.add(c2.b) })).toBe(5);
  });
});

describe('a round: encryption and tally round-trip', () => {
  it('caps the limit at the candidates on the ballot: 3 seats with 2 candidates take both marks', () => {
    const capped = roundParams('round-c', ['u1', 'u2'], 3);
    expect(capped.maxChoices).toBe(2);
    expect(roundParams('round-c', ['u1', 'u2', 'u3'], 2).maxChoices).toBe(2);
    const b = board('round-c', 2, 'capped');
    const check = verifyBallot(capped, b.publicKey, encryptBallot(capped, b.publicKey, [1, 1], b.rng).ballot);
    expect(check.ok).toBe(true);
    expect(() => encryptBallot({ ...capped, maxChoices: 3 }, b.publicKey, [1, 1], b.rng)).toThrow(
      BallotCryptoError,
    );
  });

  it('the decrypted totals are the column sums of the marks, for any ballots within the limit', () => {
    const marksArb = fc
      .record({
        candidates: fc.integer({ min: 1, max: 4 }),
        voters: fc.integer({ min: 0, max: 3 }),
        seed: fc.string(),
      })
      .chain(({ candidates, voters, seed }) =>
        fc.record({
          candidates: fc.constant(candidates),
          maxChoices: fc.integer({ min: 1, max: candidates }),
          seed: fc.constant(seed),
          rows: fc.array(fc.array(fc.boolean(), { minLength: candidates, maxLength: candidates }), {
            minLength: voters,
            maxLength: voters,
          }),
        }),
      );
    fc.assert(
      fc.property(marksArb, ({ candidates, maxChoices, seed, rows }) => {
        const marks = rows.map((row) => {
          // Keep at most maxChoices marks: a ballot over the limit cannot be made honestly.
          let left = maxChoices;
          return row.map((on) => (on && left-- > 0 ? 1 : 0));
        });
        const round = {
          id: `prop-${seed}`,
          title: 'Vòng 1',
          candidates: Array.from({ length: candidates }, (_, i) => ({ id: `c${i}`, name: `Đơn vị ${i}` })),
          maxChoices,
        };
        const result = simulateRound(round, ['A', 'B', 'C'], marks, seededRandom(seed));
        const expected = round.candidates.map((_, i) => marks.reduce((s, m) => s + (m[i] ?? 0), 0));
        expect(result.tally.totals).toEqual(expected);
        expect(result.tally.blankBallots).toBe(marks.filter((m) => !m.includes(1)).length);
        expect(new Set(result.ballots.map((b) => b.tracker)).size).toBe(marks.length);
      }),
      { numRuns: 8 },
    );
  }, 180_000);

  it('a blank ballot is valid, counts for nobody and is counted as blank', () => {
    const b = board(params.roundId, 3, 'blank');
    const { sums, partials } = count(params, b, [
      [0, 0, 0, 0],
      [1, 0, 0, 1],
      [0, 0, 0, 0],
    ]);
    const points = partials.map((p, i) =>
      checkPartialDecryption(params, b.publicKey, b.publicShares[i]!, sums, p),
    );
    // The candidates' totals, then the blank ballots'.
    expect(finishTally(sums, points, 3)).toEqual([1, 0, 0, 1, 2]);
  });

  it('what is stored of a ballot has the same shape and size whatever its marks', () => {
    const b = board(params.roundId, 3, 'shape');
    const shape = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(shape)
        : typeof v === 'object' && v !== null
          ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, shape(x)]))
          : typeof v === 'string'
            ? `string(${v.length})`
            : typeof v;
    const stored = [
      [0, 0, 0, 0],
      [1, 0, 0, 0],
      [0, 0, 1, 1],
    ].map((m) => {
      const { ballot, tracker } = encryptBallot(params, b.publicKey, m, b.rng);
      return { tracker, ...ballot };
    });
    const [blank, one, two] = stored.map((x) => shape(x));
    expect(one).toEqual(blank);
    expect(two).toEqual(blank);
    expect(new Set(stored.map((x) => JSON.stringify(x).length)).size).toBe(1);
  });

  it('the honest device refuses to make proofs for marks outside the rules', () => {
    const b = board(params.roundId, 3, 'refuse');
    expect(() => encryptBallot(params, b.publicKey, [2, 0, 0, 0], b.rng)).toThrow(BallotCryptoError);
    expect(() => encryptBallot(params, b.publicKey, [1, 1, 1, 0], b.rng)).toThrow(BallotCryptoError);
    expect(() => encryptBallot(params, b.publicKey, [1, 0, 0], b.rng)).toThrow(BallotCryptoError);
  });
});

describe('every forged input fails its proof', () => {
  const b = board(params.roundId, 3, 'forgery');
  /** What the server answers to a ballot encrypting `marks` whose proofs claim `claim`. */
  const cast = (
    marks: { choices: number[]; blank: number },
    claim: { choices: number[]; blank: number; count: number },
    forgedFor: RoundParams = params,
  ) => verifyBallot(params, b.publicKey, forgeBallot(forgedFor, b.publicKey, marks, claim, b.rng));

  it('a 2 for a candidate', () => {
    expect(
      cast({ choices: [2, 0, 0, 0], blank: 0 }, { choices: [1, 0, 0, 0], blank: 0, count: 2 }),
    ).toMatchObject({ ok: false, problem: 'choiceProof' });
    // A valid ballot whose first ciphertext is shifted by one vote (1 → 2, or 0 → 1) no longer verifies.
    const { ballot } = encryptBallot(params, b.publicKey, [1, 0, 0, 0], b.rng);
    const first = ballot.choices[0]!;
    const shifted = { ...first, b: pointToHex(pointFromHex(first.b, 'b').add(G)) };
    const tampered = { ...ballot, choices: [shifted, ...ballot.choices.slice(1)] };
    expect(verifyBallot(params, b.publicKey, tampered)).toMatchObject({ ok: false, problem: 'choiceProof' });
  });

  it('a negative vote (−1 to cancel a vote for another candidate)', () => {
    expect(
      cast({ choices: [-1, 1, 0, 0], blank: 0 }, { choices: [0, 1, 0, 0], blank: 0, count: 1 }),
    ).toMatchObject({ ok: false, problem: 'choiceProof' });
  });

  it('too many choices', () => {
    const three = { choices: [1, 1, 1, 0], blank: 0 };
    expect(cast(three, { ...three, count: 2 })).toMatchObject({ ok: false, problem: 'countProof' });
    // A count proof with a branch for 3 (the limit raised by the device) is refused for this round.
    expect(cast(three, { ...three, count: 3 }, { ...params, maxChoices: 3 })).toMatchObject({ ok: false });
  });

  it('a blank mark on a ballot that chooses, or a ballot neither choosing nor marked blank', () => {
    // Marked blank while choosing two: 2 + 2·1 = 4 is outside 1..2.
    const both = { choices: [1, 1, 0, 0], blank: 1 };
    expect(cast(both, { ...both, count: 2 })).toMatchObject({ ok: false, problem: 'countProof' });
    // Choosing nobody without the blank mark, to stay out of the blank count: 0 is outside 1..2.
    const hidden = { choices: [0, 0, 0, 0], blank: 0 };
    expect(cast(hidden, { ...hidden, count: 1 })).toMatchObject({ ok: false, problem: 'countProof' });
    // A blank mark of 2.
    expect(
      cast({ choices: [0, 0, 0, 0], blank: 2 }, { choices: [0, 0, 0, 0], blank: 1, count: 2 }),
    ).toMatchObject({ ok: false, problem: 'blankProof' });
  });

  it('a wrong partial decryption', () => {
    const { sums, partials } = count(params, b, [
      [1, 1, 0, 0],
      [0, 1, 0, 0],
    ]);
    const p1 = partials[0]!;
    const first = p1.shares[0]!;
    // The point shifted by one vote, with the honest proof.
    const shifted = {
      ...p1,
      shares: [{ ...first, d: pointToHex(pointFromHex(first.d, 'd').add(G)) }, ...p1.shares.slice(1)],
    };
    expect(() => checkPartialDecryption(params, b.publicKey, b.publicShares[0]!, sums, shifted)).toThrow(
      /does not verify/,
    );
    // A decryption with another secret, proved with that secret: not the registered share.
    const other: KeyShare = { ...b.keys[0]!.share, secret: forgedSecret(b.rng) };
    const impostor = partialDecrypt(params, b.publicKey, other, sums, b.rng);
    expect(() => checkPartialDecryption(params, b.publicKey, b.publicShares[0]!, sums, impostor)).toThrow(
      /does not verify/,
    );
    // Another member's honest decryption presented for seat 1.
    expect(() =>
      checkPartialDecryption(params, b.publicKey, b.publicShares[0]!, sums, { ...partials[1]!, member: 1 }),
    ).toThrow(/does not verify/);
    // The honest ones verify and give the totals.
    const points = partials.map((p, i) =>
      checkPartialDecryption(params, b.publicKey, b.publicShares[i]!, sums, p),
    );
    expect(finishTally(sums, points, 2)).toEqual([1, 2, 0, 0, 0]);
    // Without one member's decryption the totals cannot be read.
    expect(() => finishTally(sums, points.slice(1), 2)).toThrow(BallotCryptoError);
  });

  it('a key share registered for another seat or round, or without knowing its secret', () => {
    const { registration } = generateKeyShare('round-a', 2, b.rng);
    expect(() => checkRegistration('round-a', { ...registration, member: 3 })).toThrow(/does not verify/);
    expect(() => checkRegistration('round-b', registration)).toThrow(/does not verify/);
    // A rogue key H' − X1 − X2 would let its holder decrypt alone; without x its proof cannot be made.
    const rogue = mulSecret(G, 5n).subtract(b.publicShares[0]!).subtract(b.publicShares[1]!);
    expect(() =>
      checkRegistration('round-a', { ...b.keys[2]!.registration, publicShare: pointToHex(rogue) }),
    ).toThrow(/does not verify/);
  });
});

describe('key share backup', () => {
  const { share, registration } = generateKeyShare('round-a', 2, seededRandom('backup'));
  const passphrase = 'mật khẩu của thành viên';
  const expected = { roundId: 'round-a', member: 2, publicShare: registration.publicShare };
  let file: string;
  beforeAll(async () => {
    file = await shareToBackup(share, passphrase, seededRandom('backup-file'));
  });

  it('restores the same share with the passphrase, and holds no secret in clear', async () => {
    const restored = await restoreShare(file, passphrase, expected);
    expect(restored.secret).toBe(share.secret);
    expect(restored.publicShare.equals(share.publicShare)).toBe(true);
    expect(file).not.toContain(share.secret.toString(16));
  });

  it('refuses a wrong passphrase, a damaged backup, or one for another round, seat or share', async () => {
    const o = JSON.parse(file) as Record<string, unknown>;
    const edited = (patch: Record<string, unknown>) => JSON.stringify({ ...o, ...patch });
    await expect(restoreShare(file, 'another passphrase', expected)).rejects.toThrow(/wrong passphrase/);
    await expect(shareToBackup(share, 'short', seededRandom('x'))).rejects.toThrow(/at least 10 characters/);
    await expect(restoreShare('{', passphrase, expected)).rejects.toThrow(/not JSON/);
    await expect(restoreShare(file, passphrase, { ...expected, roundId: 'round-b' })).rejects.toThrow(
      /another round/,
    );
    await expect(restoreShare(file, passphrase, { ...expected, member: 1 })).rejects.toThrow(
      /another member/,
    );
    const sealed = o.sealedSecret as string;
    const flipped = sealed.replace(/.$/, (c) => (c === '0' ? '1' : '0'));
    await expect(restoreShare(edited({ sealedSecret: flipped }), passphrase, expected)).rejects.toThrow(
      /wrong passphrase, or the backup is damaged/,
    );
    // The clear fields are bound to the sealed secret: a file relabelled for seat 1 does not open.
    const relabelled = edited({ member: 1 });
    await expect(restoreShare(relabelled, passphrase, { ...expected, member: 1 })).rejects.toThrow(
      /wrong passphrase, or the backup is damaged/,
    );
    const other = generateKeyShare('round-a', 2, seededRandom('other'));
    await expect(
      restoreShare(file, passphrase, { ...expected, publicShare: other.registration.publicShare }),
    ).rejects.toThrow(/not the share registered/);
  });
});
