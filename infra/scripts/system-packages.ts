import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import path from 'node:path';

/**
 * What the document and browser tests need from the system (Debian package names); acl lets the
 * embedded PostgreSQL's own user into a checkout kept in a mode-700 folder.
 */
const SYSTEM_PACKAGES = ['chromium', 'libreoffice-writer-nogui', 'fonts-liberation2', 'poppler-utils', 'acl'];

function onPath(binary: string): boolean {
  return (process.env.PATH ?? '').split(path.delimiter).some((dir) => {
    try {
      accessSync(path.join(dir, binary), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

function missingTools(): string[] {
  const missing: string[] = [];
  if (!existsSync('/usr/bin/chromium')) missing.push('chromium (/usr/bin/chromium)');
  if (!onPath('soffice')) missing.push('LibreOffice (soffice)');
  if (!onPath('pdftoppm')) missing.push('pdftoppm');
  if (!onPath('setfacl')) missing.push('setfacl');
  return missing;
}

/** Installs the packages with apt when running as root; otherwise says in one line what to install. */
export async function ensureSystemPackages(say: (line: string) => void): Promise<void> {
  const missing = missingTools();
  if (missing.length === 0) {
    say('chromium, LibreOffice, pdftoppm and setfacl are present.');
    return;
  }
  const command = `apt-get install -y --no-install-recommends ${SYSTEM_PACKAGES.join(' ')}`;
  if (process.getuid?.() !== 0 || !onPath('apt-get')) {
    say(
      `Missing ${missing.join(', ')}: install them (Debian/Ubuntu: sudo ${command}); the tests that need them will fail.`,
    );
    return;
  }
  say(`Missing ${missing.join(', ')}: running apt-get update, then ${command}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], command.split(' ').slice(1)]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0) {
      say(`apt-get ${args[0]} failed (exit ${result.status}); the tests that need these tools will fail.`);
      return;
    }
  }
}
