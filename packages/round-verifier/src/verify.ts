import { BASE, type Elem, elem, fileHash, L, Reject, scalar, Transcript, times, ZERO } from './group';

/**
 * Checks a bulletin board (`thidua-bulletin-board/1`, SPEC.md of the ballot package) from scratch: the
 * board members' key proofs and the round's key, every ballot's proofs and tracker, that no ballot
 * repeats, the per-candidate sums, every partial decryption's proof and the published totals.
 */
export interface Verdict {
  ok: boolean;
  /** SHA-256 of the file as read: the value the vote-count minutes cite. */
  fileHash: string;
  roundTitle?: string;
  /** What was checked and held, in Vietnamese. */
  passed: string[];
  /** Every failure, in Vietnamese. */
  failures: string[];
  /** Candidate names and their totals when the count held. */
  totals?: { name: string; votes: number }[];
}

type Json = Record<string, unknown>;

function obj(v: unknown, where: string): Json {
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    throw new Reject(`${where}: thiếu hoặc sai dạng`);
  return v as Json;
}

function list(v: unknown, where: string): unknown[] {
  if (!Array.isArray(v)) throw new Reject(`${where}: không phải một danh sách`);
  return v;
}

function count(v: unknown, where: string, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max)
    throw new Reject(`${where}: phải là số nguyên từ ${min} đến ${max}`);
  return v;
}

function text(v: unknown, where: string): string {
  if (typeof v !== 'string' || v.length === 0) throw new Reject(`${where}: thiếu`);
  return v;
}

interface Round {
  id: string;
  title: string;
  names: string[];
  ids: string[];
  max: number;
}

function readRound(v: unknown): Round {
  const r = obj(v, 'round');
  const cands = list(r.candidates, 'round.candidates').map((c, i) => obj(c, `round.candidates[${i}]`));
  if (cands.length === 0) throw new Reject('round.candidates: không có đơn vị nào');
  const ids = cands.map((c, i) => text(c.id, `round.candidates[${i}].id`));
  if (new Set(ids).size !== ids.length) throw new Reject('round.candidates: trùng mã đơn vị');
  return {
    id: text(r.id, 'round.id'),
    title: typeof r.title === 'string' ? r.title : '',
    ids,
    names: cands.map((c, i) => (typeof c.name === 'string' ? c.name : (ids[i] ?? ''))),
    max: count(r.maxChoices, 'round.maxChoices', 1, ids.length),
  };
}

/** Σcⱼ against the challenge over the commitments of the branches `from`..`to` (SPEC.md, "A ballot"). */
function rangeHolds(
  key: Elem,
  a: Elem,
  b: Elem,
  proof: unknown,
  [from, to]: [number, number],
  t: Transcript,
  where: string,
): boolean {
  const p = obj(proof, where);
  const cs = list(p.c, `${where}.c`).map((x, j) => scalar(x, `${where}.c[${j}]`));
  const zs = list(p.z, `${where}.z`).map((x, j) => scalar(x, `${where}.z[${j}]`));
  const branches = to - from + 1;
  if (cs.length !== branches || zs.length !== branches) return false;
  t.elems(key, a, b);
  let sum = 0n;
  let shifted = b.subtract(times(BASE, BigInt(from)));
  for (let j = 0; j < branches; j++) {
    const c = cs[j] as bigint;
    const z = zs[j] as bigint;
    t.elems(times(BASE, z).subtract(times(a, c)), times(key, z).subtract(times(shifted, c)));
    sum += c;
    shifted = shifted.subtract(BASE);
  }
  return sum % L === t.challenge();
}

/** (c, z) for log_G X = log_A D under the given transcript prefix. */
function sameLogHolds(x: Elem, a: Elem, d: Elem, proof: unknown, t: Transcript, where: string): boolean {
  const p = obj(proof, where);
  const c = scalar(p.c, `${where}.c`);
  const z = scalar(p.z, `${where}.z`);
  t.elems(x, a, d, times(BASE, z).subtract(times(x, c)), times(a, z).subtract(times(d, c)));
  return t.challenge() === c;
}

function rangeScalars(proof: unknown): bigint[] {
  const p = proof as { c: string[]; z: string[] };
  return [...p.c, ...p.z].map((x) => BigInt(`0x${x}`));
}

export function verifyBoard(file: string): Verdict {
  const verdict: Verdict = { ok: false, fileHash: fileHash(file), passed: [], failures: [] };
  const fail = (m: string) => verdict.failures.push(m);
  try {
    let raw: unknown;
    try {
      raw = JSON.parse(file);
    } catch {
      throw new Reject('tệp không phải JSON');
    }
    const doc = obj(raw, 'tệp');
    if (doc.format !== 'thidua-bulletin-board/1')
      throw new Reject(`định dạng "${String(doc.format)}" không phải thidua-bulletin-board/1`);
    const round = readRound(doc.round);
    verdict.roundTitle = round.title;

    // The counting board: seats 1..n, each share with its proof of knowledge; the key is their sum.
    const members = list(doc.countingBoard, 'countingBoard').map((m, i) => obj(m, `countingBoard[${i}]`));
    if (members.length === 0) throw new Reject('countingBoard: không có thành viên Ban kiểm phiếu');
    const shares: Elem[] = [];
    members.forEach((m, i) => {
      const seat = count(m.member, `countingBoard[${i}].member`, 1, 255);
      if (seat !== i + 1) throw new Reject(`countingBoard[${i}]: ghế ${seat}, cần ghế ${i + 1}`);
      const x = elem(m.publicShare, `countingBoard[${i}].publicShare`);
      const p = obj(m.proof, `countingBoard[${i}].proof`);
      const c = scalar(p.c, `countingBoard[${i}].proof.c`);
      const z = scalar(p.z, `countingBoard[${i}].proof.z`);
      const t = new Transcript('key-share')
        .text(round.id)
        .u32(seat)
        .elems(x, times(BASE, z).subtract(times(x, c)));
      if (x.equals(ZERO) || t.challenge() !== c)
        fail(`Thành viên Ban kiểm phiếu ghế ${seat}: chứng minh khóa không hợp lệ`);
      shares.push(x);
    });
    const key = elem(doc.publicKey, 'publicKey');
    if (!shares.reduce((s, x) => s.add(x), ZERO).equals(key))
      fail('Khóa công khai của vòng không bằng tổng các phần khóa của Ban kiểm phiếu');
    else
      verdict.passed.push(
        `Khóa của vòng là tổng ${shares.length} phần khóa của Ban kiểm phiếu, mỗi phần có chứng minh`,
      );
    key.precompute(8, false);

    const ctx = new Transcript('round').text(round.id).u32(round.max).u32(round.ids.length);
    for (const id of round.ids) ctx.text(id);
    const context = ctx.elems(key).sha256();

    // Every ballot.
    const ballots = list(doc.ballots, 'ballots');
    const seen = new Set<string>();
    // One column per candidate, then the blank ballots'.
    const columns = [...round.names, 'phiếu trống'];
    const sums = columns.map(() => ({ a: ZERO, b: ZERO }));
    let good = 0;
    ballots.forEach((item, n) => {
      const where = `Phiếu ${n + 1}`;
      try {
        const b = obj(item, where);
        const choices = list(b.choices, `${where}.choices`).map((c, i) => obj(c, `${where}.choices[${i}]`));
        if (choices.length !== round.ids.length)
          throw new Reject(`${where}: có ${choices.length} ô, cần ${round.ids.length}`);
        const marks = [...choices, obj(b.blank, `${where}.blank`)];
        const cts = marks.map((c, i) => ({
          a: elem(c.a, `${where}.mark[${i}].a`),
          b: elem(c.b, `${where}.mark[${i}].b`),
        }));
        let fine = true;
        cts.forEach((ct, i) => {
          const blank = i === round.ids.length;
          const t = blank
            ? new Transcript('blank').raw(context)
            : new Transcript('choice').raw(context).u32(i);
          if (!rangeHolds(key, ct.a, ct.b, marks[i]?.proof, [0, 1], t, `${where}.mark[${i}].proof`)) {
            fine = false;
            fail(
              `${where}: chứng minh "0 hoặc 1" cho ô ${blank ? 'phiếu trống' : `đơn vị ${round.names[i]}`} không hợp lệ`,
            );
          }
        });
        // Σ choices + maxChoices × blank must be within 1..maxChoices.
        const weight = (i: number) => BigInt(i === round.ids.length ? round.max : 1);
        const total = cts.reduce(
          (s, ct, i) => ({ a: s.a.add(times(ct.a, weight(i))), b: s.b.add(times(ct.b, weight(i))) }),
          {
            a: ZERO,
            b: ZERO,
          },
        );
        if (
          !rangeHolds(
            key,
            total.a,
            total.b,
            b.countProof,
            [1, round.max],
            new Transcript('count').raw(context),
            `${where}.countProof`,
          )
        ) {
          fine = false;
          fail(
            `${where}: chứng minh phiếu chọn từ 1 đến ${round.max} đơn vị hoặc là phiếu trống không hợp lệ`,
          );
        }
        const tr = new Transcript('tracker').raw(context).u32(round.ids.length);
        cts.forEach((ct, i) => {
          tr.elems(ct.a, ct.b).scalars(rangeScalars(marks[i]?.proof));
        });
        const tracker = tr.scalars(rangeScalars(b.countProof)).sha256().toString('hex');
        if (tracker !== b.tracker) {
          fine = false;
          fail(`${where}: mã phiếu ${String(b.tracker).slice(0, 16)}… không khớp nội dung phiếu`);
        }
        for (const ct of cts) {
          const k = ct.a.toHex();
          if (seen.has(k)) {
            fine = false;
            fail(`${where}: trùng bản mã với một phiếu khác`);
          }
          seen.add(k);
        }
        cts.forEach((ct, i) => {
          const s = sums[i] as { a: Elem; b: Elem };
          s.a = s.a.add(ct.a);
          s.b = s.b.add(ct.b);
        });
        if (fine) good++;
      } catch (e) {
        if (!(e instanceof Reject)) throw e;
        fail(e.message);
      }
    });
    if (good === ballots.length)
      verdict.passed.push(
        `${ballots.length} phiếu: mọi chứng minh hợp lệ, mã phiếu khớp, không phiếu nào trùng`,
      );

    // The count.
    const tally = obj(doc.tally, 'tally');
    const issued = count(tally.ballotCount, 'tally.ballotCount', 0, 1_000_000);
    if (issued !== ballots.length)
      fail(`Số phiếu kiểm (${issued}) khác số phiếu trên bảng (${ballots.length})`);
    const listed = list(tally.sums, 'tally.sums');
    const sumsAgree =
      listed.length === sums.length &&
      sums.every((s, i) => {
        const l = obj(listed[i], `tally.sums[${i}]`);
        return elem(l.a, `tally.sums[${i}].a`).equals(s.a) && elem(l.b, `tally.sums[${i}].b`).equals(s.b);
      });
    if (!sumsAgree) fail('Tổng mã hóa theo từng ô không khớp với các phiếu trên bảng');

    const partials = list(tally.partialDecryptions, 'tally.partialDecryptions').map((p, i) =>
      obj(p, `tally.partialDecryptions[${i}]`),
    );
    if (partials.length !== shares.length)
      throw new Reject(
        `Có ${partials.length} phần giải mã, cần đủ ${shares.length} thành viên Ban kiểm phiếu`,
      );
    const opened = sums.map((s) => s.b);
    partials.forEach((p, j) => {
      const seat = count(p.member, `tally.partialDecryptions[${j}].member`, 1, shares.length);
      if (seat !== j + 1) throw new Reject(`tally.partialDecryptions[${j}]: ghế ${seat}, cần ghế ${j + 1}`);
      const ds = list(p.shares, `tally.partialDecryptions[${j}].shares`);
      if (ds.length !== sums.length)
        throw new Reject(`Ghế ${seat}: có ${ds.length} phần giải mã, cần ${sums.length}`);
      ds.forEach((raw, i) => {
        const where = `tally.partialDecryptions[${j}].shares[${i}]`;
        const d = obj(raw, where);
        const point = elem(d.d, `${where}.d`);
        const t = new Transcript('partial-decryption').raw(context).u32(seat).u32(i);
        const s = sums[i] as { a: Elem };
        if (!sameLogHolds(shares[j] as Elem, s.a, point, d.proof, t, `${where}.proof`))
          fail(`Ghế ${seat}: phần giải mã cho ô ${columns[i]} không có chứng minh hợp lệ`);
        opened[i] = (opened[i] as Elem).subtract(point);
      });
    });

    const claimed = list(tally.totals, 'tally.totals').map((v, i) =>
      count(v, `tally.totals[${i}]`, 0, issued),
    );
    if (claimed.length !== round.ids.length)
      throw new Reject(`tally.totals: có ${claimed.length} số, cần ${round.ids.length}`);
    claimed.push(count(tally.blankBallots, 'tally.blankBallots', 0, issued));
    claimed.forEach((v, i) => {
      if (!times(BASE, BigInt(v)).equals(opened[i] as Elem))
        fail(`Kết quả công bố cho ô ${columns[i]} (${v} phiếu) không khớp với tổng đã giải mã`);
    });
    if (verdict.failures.length === 0) {
      verdict.passed.push(
        `Tổng mã hóa khớp; ${partials.length} phần giải mã có chứng minh hợp lệ; kết quả khớp`,
      );
      verdict.totals = claimed.map((votes, i) => ({ name: columns[i] ?? '', votes }));
    }
  } catch (e) {
    if (!(e instanceof Reject)) throw e;
    fail(e.message);
  }
  verdict.ok = verdict.failures.length === 0;
  return verdict;
}
