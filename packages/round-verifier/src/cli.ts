import { readFileSync } from 'node:fs';
import path from 'node:path';
import { verifyBoard } from './verify';

/** `npm run verify-round -- FILE`: checks a downloaded bulletin board; exit 0 valid, 1 not valid, 2 unreadable. */
const arg = process.argv[2];
if (!arg || process.argv.length > 3) {
  process.stderr.write('Cách dùng: npm run verify-round -- TỆP_BẢNG_CÔNG_BỐ.json\n');
  process.exit(2);
}
// npm runs root scripts from the repository root; a relative path is the caller's.
const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), arg);
let content: string;
try {
  content = readFileSync(file, 'utf8');
} catch (e) {
  process.stderr.write(`Không đọc được tệp ${file}: ${(e as Error).message}\n`);
  process.exit(2);
}
const verdict = verifyBoard(content);
const out: string[] = [
  `Kiểm tra bảng công bố${verdict.roundTitle ? ` của ${verdict.roundTitle}` : ''}`,
  `SHA-256 của tệp: ${verdict.fileHash}`,
  ...verdict.passed.map((m) => `  ✓ ${m}`),
  ...verdict.failures.map((m) => `  ✗ ${m}`),
  ...(verdict.totals ?? []).map((t) => `    ${t.name}: ${t.votes} phiếu`),
  verdict.ok
    ? 'KẾT LUẬN: HỢP LỆ — mọi phiếu đều được tính và kết quả đúng với các phiếu đã mã hóa.'
    : `KẾT LUẬN: KHÔNG HỢP LỆ — ${verdict.failures.length} lỗi.`,
];
process.stdout.write(`${out.join('\n')}\n`);
process.exit(verdict.ok ? 0 : 1);
