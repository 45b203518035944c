import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { isErrorCode } from './catalogue';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

/** Every source file of every package and app (tests, generated files and dependencies aside). */
function sources(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!['node_modules', 'dist', '.data'].includes(entry.name)) walk(path);
      } else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
        files.push(path);
      }
    }
  };
  for (const group of ['packages', 'apps', 'infra']) {
    for (const name of readdirSync(join(root, group))) {
      for (const part of ['src', 'scripts']) {
        try {
          walk(join(root, group, name, part));
        } catch {
          // not every package has that folder
        }
      }
    }
  }
  return files;
}

/** Where a code is written as a string literal: thrown, refused, failed with, compared against. */
const uses = [
  /\b(?:refuse|refusal|domainError|new DomainError|new DocumentDataError|coded|isDomainError\([^,()]+,)\s*\(?\s*'([A-Z][A-Z0-9_]+)'/g,
  /\btype:\s*'([A-Z][A-Z0-9_]+)'/g,
  /(?:errorCode\([^()]*\)|\bdata\??\.code)\s*===\s*'([A-Z][A-Z0-9_]+)'/g,
];

test('every code thrown, refused or compared against anywhere in the source is in the catalogue', () => {
  const found = new Map<string, string>();
  for (const file of sources()) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of uses) {
      for (const m of text.matchAll(pattern)) found.set(m[1] as string, file.slice(root.length));
    }
  }
  // The scan itself works: it sees codes of every layer.
  for (const code of [
    'WRONG_PHASE',
    'PLAN_NOT_ADOPTED',
    'DOCUMENT_IMMUTABLE',
    'MISSING_FIELD',
    'WEAK_PASSWORD',
  ]) {
    expect(found.has(code), code).toBe(true);
  }
  expect(found.size).toBeGreaterThan(60);
  const unknown = [...found]
    .filter(([code]) => !isErrorCode(code))
    .map(([code, file]) => `${code} (${file})`);
  expect(unknown).toEqual([]);
});
