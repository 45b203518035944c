import { execFile } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { onPath } from '@thidua/local-services';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { dockerCompose, locateGoTool, repoRoot, ToolUnavailable } from '../src/go-tools';

const run = promisify(execFile);
const composeFile = path.join(repoRoot, 'infra', 'compose.yaml');
const envExample = path.join(repoRoot, 'infra', 'compose.env.example');

/**
 * `docker compose config`: the installed plugin, else the plugin built from source (pinned) and
 * handed to the Docker client through DOCKER_CONFIG; without a Docker client, the plugin runs
 * stand-alone (`docker-compose config`, the same code). No engine is needed for `config`.
 */
let validator: { label: string; command: string; prefix: string[]; env: Record<string, string> } | undefined;
let skipReason: string | undefined;

beforeAll(async () => {
  try {
    await run('docker', ['compose', 'version']);
    validator = { label: 'docker compose config', command: 'docker', prefix: ['compose'], env: {} };
    return;
  } catch {
    // No Compose plugin installed for this Docker client (or no client).
  }
  let plugin: string;
  try {
    plugin = await locateGoTool(dockerCompose);
  } catch (error) {
    if (!(error instanceof ToolUnavailable)) throw error;
    skipReason = error.message;
    return;
  }
  const label = `Compose ${dockerCompose.version} built from source`;
  if (!onPath('docker')) {
    validator = { label: `docker-compose config (${label})`, command: plugin, prefix: [], env: {} };
    return;
  }
  const dockerConfig = path.join(repoRoot, '.tools', 'docker-config');
  mkdirSync(path.join(dockerConfig, 'cli-plugins'), { recursive: true });
  const link = path.join(dockerConfig, 'cli-plugins', 'docker-compose');
  try {
    symlinkSync(plugin, link);
  } catch {
    // Already linked by an earlier run.
  }
  validator = {
    label: `docker compose config (${label})`,
    command: 'docker',
    prefix: ['compose'],
    env: { DOCKER_CONFIG: dockerConfig },
  };
  await run('docker', ['compose', 'version'], { env: { ...process.env, DOCKER_CONFIG: dockerConfig } });
}, 900_000);

/** Resolves the stack like `docker compose config`; the inherited environment never leaks in. */
async function resolve(
  options: { env?: Record<string, string>; envFile?: string | null; profiles?: string[] } = {},
) {
  const flags = ['-f', composeFile];
  if (options.envFile !== null) flags.push('--env-file', options.envFile ?? envExample);
  for (const profile of options.profiles ?? []) flags.push('--profile', profile);
  const v = validator!;
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...v.env, ...options.env };
  const { stdout } = await run(v.command, [...v.prefix, ...flags, 'config'], {
    env,
    cwd: repoRoot,
    maxBuffer: 8 * 1024 * 1024,
  });
  return parse(stdout) as {
    services: Record<
      string,
      Record<string, unknown> & { depends_on?: Record<string, { condition: string }> }
    >;
    volumes: Record<string, unknown>;
  };
}

describe('infra/compose.yaml', () => {
  test('is a valid Compose model with every service, volume, health check and start order', async ({
    skip,
  }) => {
    if (!validator) return skip(skipReason);
    console.info(`validated with ${validator.label}`);
    const { services, volumes } = await resolve();
    expect(Object.keys(services).sort()).toEqual(
      [
        'api',
        'migrate',
        'postgres',
        'records',
        'temporal',
        'temporal-schema',
        'temporal-ui',
        'worker',
      ].sort(),
    );
    expect(Object.keys(volumes)).toContain('pgdata');

    expect(services.postgres!.healthcheck).toBeDefined();
    expect(services.temporal!.healthcheck).toBeDefined();
    expect(services.api!.healthcheck).toBeDefined();
    expect(services.worker!.healthcheck).toBeDefined();
    expect(services.worker!.deploy).toMatchObject({ replicas: 2 });
    // The image has no curl: node fetches the endpoint.
    const fetches = (script: RegExp) => ({ test: ['CMD', 'node', '-e', expect.stringMatching(script)] });
    expect(services.api!.healthcheck).toMatchObject(
      fetches(/^fetch\('http:\/\/127\.0\.0\.1:3000\/healthz'\)\.then/),
    );
    expect(services.worker!.healthcheck).toMatchObject(
      fetches(/^fetch\('http:\/\/127\.0\.0\.1:9464\/metrics'\)\.then/),
    );
    expect(services.migrate!.command).toEqual(['--role', 'migrate']);
    // The records worker: the worker's image and checks, its own role.
    expect(services.records!.command).toEqual(['--role', 'records']);
    expect(services.records!.image).toBe(services.worker!.image);
    expect(services.records!.healthcheck).toEqual(services.worker!.healthcheck);
    expect(services.temporal!.image).toMatch(/^temporalio\/server:/);
    expect(services['temporal-schema']!.image).toMatch(/^temporalio\/admin-tools:/);

    const order = (name: string) =>
      Object.fromEntries(
        Object.entries(services[name]!.depends_on ?? {}).map(([dep, v]) => [dep, v.condition]),
      );
    expect(order('temporal-schema')).toEqual({ postgres: 'service_healthy' });
    expect(order('temporal')).toEqual({ 'temporal-schema': 'service_completed_successfully' });
    expect(order('migrate')).toEqual({ postgres: 'service_healthy' });
    for (const app of ['api', 'worker', 'records']) {
      expect(order(app)).toEqual({ migrate: 'service_completed_successfully', temporal: 'service_healthy' });
    }
    // Values come from the .env file: the app connects as its own role with the password given there,
    // the application's login that owns nothing; only the migrate job has the owner's.
    expect(services.migrate!.environment).toMatchObject({
      DATABASE_MIGRATION_URL: 'postgres://thidua:change-me-thidua@postgres:5432/thidua',
    });
    for (const app of ['api', 'worker', 'records']) {
      expect(services[app]!.environment).not.toHaveProperty('DATABASE_MIGRATION_URL');
    }
    expect(services.api!.environment).toMatchObject({
      DATABASE_URL: 'postgres://thidua_api:change-me-thidua-api@postgres:5432/thidua',
      TEMPORAL_ADDRESS: 'temporal:7233',
      THIDUA_MIGRATE_ON_BOOT: 'false',
      // Off until the operator says a TLS proxy is the only way in.
      THIDUA_TRUST_PROXY: 'false',
    });
  });

  test('the backup job exists only under its profile', async ({ skip }) => {
    if (!validator) return skip(skipReason);
    const { services } = await resolve({ profiles: ['backup'] });
    expect(services.backup).toMatchObject({ environment: { BACKUP_DIR: '/backups' } });
  });

  test('a missing secret stops the start and names the variable', async ({ skip }) => {
    if (!validator) return skip(skipReason);
    const attempt = resolve({
      envFile: null,
      env: { THIDUA_DB_PASSWORD: 'x', THIDUA_APP_DB_PASSWORD: 'z', TEMPORAL_DB_PASSWORD: 'y' },
    });
    await expect(attempt).rejects.toThrow(/POSTGRES_PASSWORD/);
  });
});
