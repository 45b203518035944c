import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type BulletinBoard,
  boardHash,
  seededRandom,
  serializeBoard,
  simulateRound,
} from '@thidua/ballot-crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyBoard } from '../src/verify';

const round = {
  id: 'verifier-round',
  title: 'Vòng 1 — Cờ thi đua',
  candidates: ['Sở Tư pháp', 'Sở Y tế', 'Sở Tài chính', 'Sở Nội vụ'].map((name, i) => ({
    id: `u${i + 1}`,
    name,
  })),
  maxChoices: 2,
};
const marks = [
  [1, 1, 0, 0],
  [0, 1, 0, 0],
  [0, 0, 0, 0],
  [1, 0, 0, 1],
  [0, 1, 1, 0],
];

let board: BulletinBoard;
let file: string;
beforeAll(() => {
  board = simulateRound(round, ['Nguyễn Văn A', 'Trần Thị B', 'Lê Văn C'], marks, seededRandom('verifier'));
  file = serializeBoard(board);
});

/** A deep copy of the board with one change. */
function tampered(change: (b: BulletinBoard) => void): string {
  const copy = structuredClone(board);
  change(copy);
  return JSON.stringify(copy);
}

const flip = (hex: string) => hex.replace(/.$/, (c) => (c === '0' ? '1' : '0'));

describe('the round verifier', () => {
  it('accepts an honest board, prints its hash and the totals', () => {
    const v = verifyBoard(file);
    expect(v.failures).toEqual([]);
    expect(v.ok).toBe(true);
    expect(v.fileHash).toBe(boardHash(file));
    expect(v.totals).toEqual([
      { name: 'Sở Tư pháp', votes: 2 },
      { name: 'Sở Y tế', votes: 3 },
      { name: 'Sở Tài chính', votes: 1 },
      { name: 'Sở Nội vụ', votes: 1 },
      { name: 'phiếu trống', votes: 1 },
    ]);
  });

  const cases: [string, (b: BulletinBoard) => void, RegExp][] = [
    [
      'a total changed',
      (b) => {
        b.tally.totals[1] = 4;
      },
      /Kết quả công bố cho ô Sở Y tế/,
    ],
    ['a total moved between candidates', (b) => void b.tally.totals.reverse(), /Kết quả công bố/],
    [
      'a ballot removed',
      (b) => void b.ballots.pop(),
      /Số phiếu kiểm \(5\) khác số phiếu trên bảng \(4\)|Tổng mã hóa/,
    ],
    ['a ballot added twice', (b) => void b.ballots.push(structuredClone(b.ballots[0]!)), /trùng bản mã/],
    [
      'a ciphertext altered',
      (b) => {
        const c = b.ballots[2]!.choices[0]!;
        c.b = b.ballots[3]!.choices[0]!.b;
      },
      /Phiếu 3: chứng minh "0 hoặc 1" cho ô đơn vị Sở Tư pháp/,
    ],
    [
      'a count proof altered',
      (b) => {
        b.ballots[0]!.countProof.z[0] = flip(b.ballots[0]!.countProof.z[0]!);
      },
      /Phiếu 1: chứng minh phiếu chọn từ 1 đến 2 đơn vị hoặc là phiếu trống/,
    ],
    [
      'a tracker altered',
      (b) => {
        b.ballots[4]!.tracker = flip(b.ballots[4]!.tracker);
      },
      /Phiếu 5: mã phiếu/,
    ],
    [
      'a partial decryption altered',
      (b) => {
        const s = b.tally.partialDecryptions[1]!.shares[2]!;
        s.d = b.tally.partialDecryptions[0]!.shares[2]!.d;
      },
      /Ghế 2: phần giải mã cho ô Sở Tài chính/,
    ],
    ['a partial decryption missing', (b) => void b.tally.partialDecryptions.pop(), /cần đủ 3 thành viên/],
    [
      'the round key replaced',
      (b) => {
        b.publicKey = b.countingBoard[0]!.publicShare;
      },
      /Khóa công khai của vòng không bằng tổng/,
    ],
    [
      'a member key proof altered',
      (b) => {
        b.countingBoard[2]!.proof.c = flip(b.countingBoard[2]!.proof.c);
      },
      /ghế 3: chứng minh khóa/,
    ],
    [
      'the blank count changed',
      (b) => {
        b.tally.blankBallots = 0;
      },
      /Kết quả công bố cho ô phiếu trống \(0 phiếu\)/,
    ],
    [
      'a blank mark swapped for another ballot’s',
      (b) => {
        b.ballots[0]!.blank = structuredClone(b.ballots[1]!.blank);
      },
      /Phiếu 1: /,
    ],
    [
      'the limit raised',
      (b) => {
        b.round.maxChoices = 3;
      },
      /chứng minh/,
    ],
    [
      'the round renamed',
      (b) => {
        b.round.id = 'other';
      },
      /chứng minh/,
    ],
    [
      'a sum altered',
      (b) => {
        b.tally.sums[0] = b.tally.sums[1]!;
      },
      /Tổng mã hóa theo từng ô/,
    ],
    [
      'a point that is not one',
      (b) => {
        b.ballots[0]!.choices[0]!.a = 'ff'.repeat(32);
      },
      /không phải một điểm/,
    ],
  ];
  it.each(cases)('rejects a board with %s', (_, change, message) => {
    const v = verifyBoard(tampered(change));
    expect(v.ok).toBe(false);
    expect(v.failures.join('\n')).toMatch(message);
  });

  it('rejects what is not a bulletin board', () => {
    expect(verifyBoard('not json').failures).toEqual(['tệp không phải JSON']);
    expect(verifyBoard('{"format":"x"}').failures[0]).toMatch(/định dạng/);
  });

  it('npm run verify-round prints a Vietnamese verdict and exits non-zero on a tampered board', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'board-'));
    const good = path.join(dir, 'good.json');
    const bad = path.join(dir, 'bad.json');
    writeFileSync(good, file);
    writeFileSync(
      bad,
      tampered((b) => {
        b.tally.totals[0] = 3;
      }),
    );
    const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
    const run = (f: string) => spawnSync(process.execPath, ['--import', 'tsx', cli, f], { encoding: 'utf8' });
    const ok = run(good);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain(`SHA-256 của tệp: ${boardHash(file)}`);
    expect(ok.stdout).toContain('KẾT LUẬN: HỢP LỆ');
    const no = run(bad);
    expect(no.status).toBe(1);
    expect(no.stdout).toContain('KẾT LUẬN: KHÔNG HỢP LỆ — 1 lỗi.');
    expect(run(path.join(dir, 'missing.json')).status).toBe(2);
  });
});
