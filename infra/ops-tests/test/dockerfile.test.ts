import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, test } from 'vitest';
import { dockerfileCheck, locateGoTool, repoRoot, ToolUnavailable } from '../src/go-tools';

const run = promisify(execFile);
const dockerfile = path.join(repoRoot, 'infra', 'docker', 'Dockerfile');

interface Stage {
  name: string;
  base: string;
  instructions: string[];
}

let checker: string | undefined;
let skipReason: string | undefined;

beforeAll(async () => {
  try {
    checker = await locateGoTool(dockerfileCheck);
  } catch (error) {
    if (!(error instanceof ToolUnavailable)) throw error;
    skipReason = error.message;
  }
}, 600_000);

async function parse(file: string): Promise<{ stages: Stage[]; warnings: string[] }> {
  try {
    const { stdout } = await run(checker!, [file]);
    return JSON.parse(stdout);
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${file}: ${stderr || stdout}`);
  }
}

describe('infra/docker/Dockerfile (BuildKit parser and lint rules)', () => {
  test('parses cleanly into the base, web, server, runtime, api, worker and backup stages', async ({
    skip,
  }) => {
    if (!checker) return skip(skipReason);
    const { stages, warnings } = await parse(dockerfile);
    expect(warnings).toEqual([]);
    // Bases given by a build argument read as `ARG NAME`.
    const base = (stage: Stage) => stage.base.replace(/^\$\{(\w+)\}$/, 'ARG $1');
    expect(stages.map((stage) => `${stage.name}<-${base(stage)}`)).toEqual([
      'base<-ARG NODE_IMAGE',
      'web<-base',
      'server<-base',
      'runtime<-ARG NODE_IMAGE',
      'api<-runtime',
      'worker<-runtime',
      'backup<-ARG POSTGRES_IMAGE',
    ]);
    const text = readFileSync(dockerfile, 'utf8');
    // Debian slim (glibc, for the Temporal native bridge), never Alpine.
    expect(text).toMatch(/^ARG NODE_IMAGE=node:24-bookworm-slim$/m);
    expect(text).toMatch(/^ARG POSTGRES_IMAGE=postgres:18-bookworm$/m);

    const stage = (name: string) => stages.find((candidate) => candidate.name === name)!;
    const has = (name: string, pattern: RegExp) =>
      expect(
        stage(name).instructions.some((line) => pattern.test(line)),
        `${name}: ${pattern}`,
      ).toBe(true);
    has('base', /pnpm fetch/);
    has('web', /pnpm install --frozen-lockfile --offline --filter "@thidua\/web\.\.\."/);
    has('web', /pnpm --filter @thidua\/web build/);
    has('server', /pnpm install --frozen-lockfile --offline --prod --filter "@thidua\/server-image\.\.\."/);
    has('server', /^COPY --from=web \/app\/apps\/web\/dist apps\/web\/dist$/);
    has('runtime', /^USER node$/);
    has('runtime', /^ENTRYPOINT \["\/usr\/bin\/tini", "--"/);
    has('api', /^HEALTHCHECK .*\/healthz/);
    has('api', /^CMD \["--role", "api"\]$/);
    has('worker', /^HEALTHCHECK .*\/metrics/);
    has('worker', /^CMD \["--role", "worker"\]$/);
  });

  test('the checker is not a rubber stamp', async ({ skip }) => {
    if (!checker) return skip(skipReason);
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const dir = mkdtempSync(path.join((await import('node:os')).tmpdir(), 'thidua-dockerfile-'));
    const bad = path.join(dir, 'Dockerfile');
    writeFileSync(bad, 'FROM node:20-bookworm-slim as build\nHEALTHCHECK --interval=soon CMD true\n');
    await expect(parse(bad)).rejects.toThrow(/invalid duration "soon"/);
    writeFileSync(bad, 'FROM node:20-bookworm-slim as build\nCMD ["node"]\n');
    await expect(parse(bad)).rejects.toThrow(/FromAsCasing/);
  });

  test('the build context leaves out dependencies, builds, local data and secrets', () => {
    const ignore = readFileSync(path.join(repoRoot, '.dockerignore'), 'utf8').split('\n');
    for (const entry of ['**/node_modules', '**/dist', '.git', '.data', '.tools', '.env', '**/.env']) {
      expect(ignore).toContain(entry);
    }
  });
});
