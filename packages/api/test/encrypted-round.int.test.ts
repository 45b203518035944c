/**
 * An encrypted round on real Temporal and PostgreSQL, through the API: the 9 units of the demo bloc
 * vote, a 3-member counting board's devices (simulated here with @thidua/ballot-crypto, as the web
 * app runs it) register their key shares, then decrypt the sums. A reader of the database polls the
 * ballot tables during the whole round: what it sees per ballot depends on the choices only through
 * ciphertexts and proofs. The totals match the choices, the vote-count minutes cite the bulletin
 * board's hash, and the independent verifier accepts the board as downloaded and rejects it tampered.
 */
import {
  ciphertextFromJson,
  encryptBallot,
  generateKeyShare,
  type KeyShare,
  partialDecrypt,
  pointFromHex,
  systemRandom,
  verifyBallot,
} from '@thidua/ballot-crypto';
import { ballotReceipts, encryptedBallots, notifications, voteRounds } from '@thidua/db/schema';
import { verifyBoard } from '@thidua/round-verifier';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { CycleDriver, UNITS } from '../../workflows/test/support/cycle-driver';
import type { Caller } from './helpers/callers';
import { BLOC_HEAD_2023, unitHead, unitOfficer } from './helpers/demo-users';
import { drivenReads } from './helpers/driven-reads';
import { drivenYearsOfFile } from './helpers/driven-year';
import { refused } from './helpers/errors';
import { waitFor } from './helpers/wait';

const years = drivenYearsOfFile('thidua_api_encrypted_round');
const { as, appointed, recordText } = drivenReads(years);

/** The board: officials (cán bộ) of three present units. */
const BOARD_UNITS = ['u-stp', 'u-cat', 'u-snv'] as const;

type Snapshot = { ballots: { id: string; tracker: string; ballot: unknown }[]; receipts: string[] };

/** A database reader polling the ballot tables (as the tables' owner: it sees everything stored). */
function pollBallotTables(roundId: string) {
  const seen: Snapshot[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const db = years.database.db;
      const [ballots, receipts] = await Promise.all([
        db.select().from(encryptedBallots).where(eq(encryptedBallots.roundId, roundId)),
        db.select().from(ballotReceipts).where(eq(ballotReceipts.roundId, roundId)),
      ]);
      seen.push({ ballots, receipts: receipts.map((r) => r.unitId) });
      await new Promise((r) => setTimeout(r, 15));
    }
  })();
  return {
    seen,
    async stop() {
      running = false;
      await loop;
    },
  };
}

/** Every key of a JSON value with its value's kind and, for strings, length: the ballot's shape. */
function shapeOf(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(shapeOf);
  if (v && typeof v === 'object')
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, shapeOf(x)]));
  return typeof v === 'string' ? `string(${v.length})` : typeof v;
}

/** The kinds of the board tasks in a caller's inbox for a round. */
async function boardTasksOf(
  caller: {
    inbox: { list: () => Promise<{ kind: string; roundId?: string | undefined; screen: string }[]> };
  },
  roundId: string,
) {
  const tasks = await caller.inbox.list();
  return tasks.filter((t) => t.roundId === roundId && t.screen === 'board').map((t) => t.kind);
}

describe.sequential('an encrypted round with a 3-member counting board', () => {
  const year = 2093;
  let c: CycleDriver;
  let cycleId: string;
  let chair: Caller;
  let roundId: string;
  let candidateIds: string[];
  let maxChoices: number;
  const board: { caller: Caller; unitId: string; seat: number; share?: KeyShare }[] = [];
  const trackers = new Map<string, string>();
  let marks: Record<string, number[]>;
  let poller: ReturnType<typeof pollBallotTables>;

  test('the chair opens the round with its counting board; no ballot is taken before every key share', async () => {
    c = await new CycleDriver(years.harness, { year }).start();
    cycleId = (await c.state()).cycleId;
    await c.toConference();
    await c.attendance();
    chair = await appointed(BLOC_HEAD_2023, 'blocHead', year);
    const userIds = BOARD_UNITS.map((u) => years.harness.users.get(unitOfficer(u)) as string);
    // Only officials of present units may sit on the board.
    await refused(
      chair.conference.openRound({
        cycleId,
        voteKind: 'certificateOfMerit',
        countingBoard: [userIds[0] as string, years.harness.users.get('admin') as string],
      }),
      'INVALID_INPUT',
    );
    const opened = await chair.conference.openRound({
      cycleId,
      voteKind: 'certificateOfMerit',
      countingBoard: userIds,
    });
    roundId = opened.roundId;
    const view = await waitFor(
      async () => {
        const me = await as(unitHead('u-ttt'));
        return me.conference.ballotBoard({ roundId }).catch(() => undefined);
      },
      (v) => v !== undefined && v.members.length === 3,
    );
    expect(view?.encrypted).toBe(true);
    expect(view?.publicKey).toBeNull();
    candidateIds = view?.candidates.map((x) => x.unitId) ?? [];
    maxChoices = view?.maxChoices ?? 0;
    expect(candidateIds.length).toBeGreaterThanOrEqual(3);
    expect(maxChoices).toBeGreaterThanOrEqual(2);
    for (const [i, unitId] of BOARD_UNITS.entries())
      board.push({ caller: await as(unitOfficer(unitId)), unitId, seat: i + 1 });
    // Each member's inbox asks for their key share; an official not on the board is asked nothing.
    for (const m of board) expect(await boardTasksOf(m.caller, roundId)).toEqual(['registerKeyShare']);
    expect(await boardTasksOf(await as(unitOfficer('u-ttt')), roundId)).toEqual([]);

    // Voting waits for the round's key.
    const early = encryptBallot(
      { roundId, candidateIds, maxChoices },
      pointFromHex('e2f2ae0a6abc4e71a884a961c500515f58e30b6aa582dd8db6a65945e08d2d76', 'G'),
      candidateIds.map((_, i) => (i === 0 ? 1 : 0)),
      systemRandom,
    );
    const ttt = await as(unitHead('u-ttt'));
    await refused(
      ttt.conference.castBallot({ roundId, unitId: 'u-ttt', encrypted: early.ballot }),
      'BOARD_KEY_PENDING',
    );
  }, 300_000);

  test('each member’s device registers its share; forged or foreign shares are refused', async () => {
    const [first, second] = board as [(typeof board)[0], (typeof board)[0]];
    // Someone not on the board, and a share whose proof is for another seat.
    const outsider = await as(unitOfficer('u-ttt'));
    const theirs = generateKeyShare(roundId, 1, systemRandom);
    await refused(
      outsider.conference.registerKeyShare({ roundId, unitId: 'u-ttt', registration: theirs.registration }),
      'NOT_BOARD_MEMBER',
    );
    const wrongSeat = generateKeyShare(roundId, 2, systemRandom);
    await refused(
      first.caller.conference.registerKeyShare({
        roundId,
        unitId: first.unitId,
        registration: { ...wrongSeat.registration, member: 1 },
      }),
      'KEY_SHARE_INVALID',
    );
    await refused(
      second.caller.conference.registerKeyShare({
        roundId,
        unitId: second.unitId,
        registration: generateKeyShare(`${roundId}x`, 2, systemRandom).registration,
      }),
      'KEY_SHARE_INVALID',
    );
    for (const m of board) {
      const { share, registration } = generateKeyShare(roundId, m.seat, systemRandom);
      m.share = share;
      const answer = await m.caller.conference.registerKeyShare({ roundId, unitId: m.unitId, registration });
      expect(await boardTasksOf(m.caller, roundId)).toEqual([]);
      expect(answer.roundId).toBe(roundId);
      if (m.seat < 3) expect(answer.publicKey).toBeUndefined();
      else expect(answer.publicKey).toMatch(/^[0-9a-f]{64}$/);
    }
    await refused(
      first.caller.conference.registerKeyShare({
        roundId,
        unitId: first.unitId,
        registration: generateKeyShare(roundId, 1, systemRandom).registration,
      }),
      'INVALID_INPUT',
    );
  }, 120_000);

  test('nine units vote encrypted; the server checks the proofs and answers the tracker', async () => {
    const view = await waitFor(
      () => chair.conference.ballotBoard({ roundId }),
      (v) => v.publicKey !== null,
    );
    const key = pointFromHex(view.publicKey, 'publicKey');
    const params = { roundId, candidateIds, maxChoices };
    const [a, b, d] = candidateIds as [string, string, string];
    // Two choices, one choice, and a blank ballot (valid, counted blank).
    const plan: Record<string, string[]> = {
      'u-snv': [a, b],
      'u-stp': [a, b],
      'u-ttt': [a],
      'u-cat': [a, d],
      'u-tand': [b],
      'u-vksnd': [],
      'u-thads': [a, b],
      'u-qltt': [d],
      'u-bchqs': [a],
    };
    expect(Object.keys(plan).sort()).toEqual([...UNITS].sort());
    marks = Object.fromEntries(
      Object.entries(plan).map(([u, chosen]) => [u, candidateIds.map((id) => (chosen.includes(id) ? 1 : 0))]),
    );
    poller = pollBallotTables(roundId);

    // Forgeries refused before anything is stored: a ballot whose mark was swapped (a 2 for a
    // candidate's proof no longer holds), and a plaintext choice.
    const voter = await as(unitHead('u-ttt'));
    const honest = encryptBallot(params, key, marks['u-ttt'] as number[], systemRandom).ballot;
    const [c0, c1] = honest.choices as [(typeof honest.choices)[0], (typeof honest.choices)[0]];
    const forged = { ...honest, choices: [{ ...c0, b: c1.b }, ...honest.choices.slice(1)] };
    await refused(
      voter.conference.castBallot({ roundId, unitId: 'u-ttt', encrypted: forged }),
      'BALLOT_PROOF_INVALID',
    );
    await refused(
      voter.conference.castBallot({
        roundId,
        unitId: 'u-ttt',
        choices: { kind: 'choices', candidateIds: [a] },
      }),
      'INVALID_INPUT',
    );

    await Promise.all(
      UNITS.map(async (unitId) => {
        const me = await as(unitHead(unitId));
        const { ballot, tracker } = encryptBallot(params, key, marks[unitId] as number[], systemRandom);
        const answer = await me.conference.castBallot({ roundId, unitId, encrypted: ballot });
        expect(answer.tracker).toBe(tracker);
        trackers.set(unitId, tracker);
      }),
    );
    // A second ballot from the same unit, and a copy of another unit's ballot by nobody new.
    const again = encryptBallot(params, key, marks['u-ttt'] as number[], systemRandom).ballot;
    await refused(
      voter.conference.castBallot({ roundId, unitId: 'u-ttt', encrypted: again }),
      'ALREADY_VOTED',
    );
  }, 180_000);

  test('closing seals the box; each member decrypts the sums; a wrong decryption is refused', async () => {
    const closed = await chair.conference.closeRound({ roundId });
    expect(closed.outcome).toBe('counting');
    await poller.stop();
    const view = await waitFor(
      () => chair.conference.ballotBoard({ roundId }),
      (v) => v.sealed && v.sums !== null,
    );
    expect(view.ballotCount).toBe(9);
    const params = { roundId, candidateIds, maxChoices };
    const key = pointFromHex(view.publicKey, 'publicKey');
    const late = await as(unitHead('u-ttt'));
    const lateBallot = encryptBallot(params, key, marks['u-ttt'] as number[], systemRandom).ballot;
    await refused(
      late.conference.castBallot({ roundId, unitId: 'u-ttt', encrypted: lateBallot }),
      'ROUND_CLOSED',
    );
    const sums = (view.sums ?? []).map((s, i) => ciphertextFromJson(s, `sums[${i}]`));
    // The sealed box asks each member for their partial decryption.
    for (const m of board) expect(await boardTasksOf(m.caller, roundId)).toEqual(['submitPartialDecryption']);
    const [first, second] = board as [(typeof board)[0], (typeof board)[0]];
    // Member 1 sends what member 2's share decrypts: its proof does not hold for seat 1.
    const foreign = partialDecrypt(params, key, second.share as KeyShare, sums, systemRandom);
    await refused(
      first.caller.conference.submitPartialDecryption({
        roundId,
        unitId: first.unitId,
        partial: { ...foreign, member: 1 },
      }),
      'PARTIAL_DECRYPTION_INVALID',
    );
    // The three devices send theirs at the same time; the last one accepted counts the round.
    const answers = await Promise.all(
      board.map((m) =>
        m.caller.conference.submitPartialDecryption({
          roundId,
          unitId: m.unitId,
          partial: partialDecrypt(params, key, m.share as KeyShare, sums, systemRandom),
        }),
      ),
    );
    const last = answers.find((x) => x.pendingSeats.length === 0);
    expect(last?.result?.outcome).toBeDefined();
    for (const m of board) expect(await boardTasksOf(m.caller, roundId)).toEqual([]);
    // Each member was told to register the key, then to decrypt.
    const told = await years.database.db
      .select({ userId: notifications.userId, kind: notifications.kind })
      .from(notifications)
      .where(eq(notifications.cycleId, cycleId));
    for (const unitId of BOARD_UNITS) {
      const userId = years.harness.users.get(unitOfficer(unitId));
      const kinds = told.filter((n) => n.userId === userId).map((n) => n.kind);
      expect(kinds).toEqual(expect.arrayContaining(['vote.boardKey', 'vote.boardDecrypt']));
    }
  }, 180_000);

  test('the totals are the choices made; the minutes cite the bulletin board; the verifier checks it', async () => {
    const [round] = await years.database.db.select().from(voteRounds).where(eq(voteRounds.id, roundId));
    const tally = round?.tally;
    const expected = candidateIds.map((_, i) => Object.values(marks).reduce((n, m) => n + (m[i] ?? 0), 0));
    const byUnit = (rows: [string, number | undefined][]) => rows.sort(([x], [y]) => (x < y ? -1 : 1));
    expect(byUnit((tally?.candidates ?? []).map((x) => [x.unitId, x.votes]))).toEqual(
      byUnit(candidateIds.map((id, i) => [id, expected[i]])),
    );
    expect(tally).toMatchObject({ ballotsReceived: 9, validBallots: 9, invalidBallots: 0 });

    const published = await chair.conference.bulletinBoard({ roundId });
    const verdict = verifyBoard(published.file);
    expect(verdict.failures).toEqual([]);
    expect(verdict.ok).toBe(true);
    expect(verdict.fileHash).toBe(published.hash);
    // Every unit finds its tracker on the board.
    const onBoard = (JSON.parse(published.file) as { ballots: { tracker: string }[] }).ballots.map(
      (b) => b.tracker,
    );
    expect([...trackers.values()].sort()).toEqual([...onBoard].sort());

    // Tampered: one total changed, then one ciphertext swapped.
    const doc = JSON.parse(published.file);
    doc.tally.totals[0] += 1;
    expect(verifyBoard(`${JSON.stringify(doc, null, 2)}\n`).ok).toBe(false);
    const doc2 = JSON.parse(published.file);
    doc2.ballots[0].choices[0].b = doc2.ballots[1].choices[0].b;
    expect(verifyBoard(`${JSON.stringify(doc2, null, 2)}\n`).ok).toBe(false);

    const minutes = await waitFor(
      () => recordText(cycleId, 'bien-ban-kiem-phieu-bang-khen-vong-1.docx').catch(() => ''),
      (t) => t.length > 0,
    );
    expect(minutes).toContain(published.hash);
    expect(minutes).toContain('Số phiếu phát ra: 09; số phiếu thu về: 09; số phiếu hợp lệ: 09');
  }, 180_000);

  test('nothing stored per ballot depends on the choices except ciphertexts and proofs', async () => {
    // The polling reader's view: it saw each ballot appear, often with its unit's receipt.
    const snapshots = poller.seen;
    expect(snapshots.length).toBeGreaterThan(5);
    const rows = new Map<string, Snapshot['ballots'][number]>();
    for (const s of snapshots) for (const b of s.ballots) rows.set(b.id, b);
    expect(rows.size).toBe(9);
    const columns = await years.database.db.execute(
      sql`select column_name from information_schema.columns where table_name = 'encrypted_ballots' order by column_name`,
    );
    expect(columns.rows.map((r) => r.column_name)).toEqual(['ballot', 'id', 'round_id', 'tracker']);
    const { publicKey } = await chair.conference.ballotBoard({ roundId });
    const key = pointFromHex(publicKey, 'publicKey');
    const shapes = new Set<string>();
    const sizes = new Set<number>();
    for (const row of rows.values()) {
      // The id is random, the tracker a hash of the ciphertexts and proofs, the rest those themselves.
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
      const check = verifyBallot({ roundId, candidateIds, maxChoices }, key, row.ballot);
      expect(check.ok && check.tracker).toBe(row.tracker);
      shapes.add(JSON.stringify(shapeOf(row.ballot)));
      sizes.add(JSON.stringify(row.ballot).length);
    }
    // Two-choice, one-choice and blank ballots look the same: one shape, one size.
    expect(shapes.size).toBe(1);
    expect(sizes.size).toBe(1);
    // No receipt carries the tracker; the workflow's history never held a ballot.
    const history = JSON.stringify(await c.handle.fetchHistory());
    for (const t of trackers.values()) expect(history).not.toContain(t);
    for (const row of rows.values())
      expect(history).not.toContain((row.ballot as { choices: { a: string }[] }).choices[0]?.a);
  }, 120_000);
});
