import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { kubeconform, kustomize, locateGoTool, repoRoot, ToolUnavailable } from '../src/go-tools';
import { ensureKubernetesSchemas, KUBERNETES_VERSION, schemaLocation } from '../src/k8s-schemas';

const run = promisify(execFile);
const overlays = ['self-hosted', 'temporal-cloud-api-key', 'temporal-cloud-mtls'];

interface Manifest {
  kind: string;
  metadata: { name: string; annotations?: Record<string, string> };
  // biome-ignore lint/suspicious/noExplicitAny: manifests are checked field by field below
  spec?: any;
  // biome-ignore lint/suspicious/noExplicitAny: as above
  [key: string]: any;
}

let tools: { kubeconform: string; kustomize: string; schemas: string } | undefined;
let skipReason: string | undefined;
// A copy of infra/k8s with every secrets/*.example in place, as an operator fills them in.
const workDir = mkdtempSync(path.join(os.tmpdir(), 'thidua-k8s-'));

beforeAll(async () => {
  try {
    const [conform, kz, schemas] = await Promise.all([
      locateGoTool(kubeconform),
      locateGoTool(kustomize),
      ensureKubernetesSchemas(),
    ]);
    tools = { kubeconform: conform, kustomize: kz, schemas };
  } catch (error) {
    if (!(error instanceof ToolUnavailable)) throw error;
    skipReason = error.message;
  }
  cpSync(path.join(repoRoot, 'infra', 'k8s'), workDir, { recursive: true });
  for (const overlay of overlays) {
    const secrets = path.join(workDir, 'overlays', overlay, 'secrets');
    for (const file of readdirSync(secrets).filter((name) => name.endsWith('.example'))) {
      renameSync(path.join(secrets, file), path.join(secrets, file.replace(/\.example$/, '')));
    }
  }
}, 600_000);

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

async function build(overlay: string): Promise<string> {
  const { stdout } = await run(tools!.kustomize, ['build', path.join(workDir, 'overlays', overlay)], {
    maxBuffer: 16 * 1024 * 1024,
  });
  return stdout;
}

async function conform(yamlText: string): Promise<{ ok: boolean; report: string }> {
  const file = path.join(workDir, `input-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, yamlText);
  const args = ['-strict', '-summary', '-schema-location', schemaLocation(tools!.schemas), file];
  try {
    const { stdout } = await run(tools!.kubeconform, args);
    return { ok: true, report: stdout };
  } catch (error) {
    return { ok: false, report: `${(error as { stdout?: string }).stdout ?? ''}${error}` };
  }
}

const manifests = (text: string) => parseAllDocuments(text).map((doc) => doc.toJS() as Manifest);

describe(`Kubernetes manifests (kustomize overlays, schemas of Kubernetes ${KUBERNETES_VERSION})`, () => {
  test.for(overlays)('%s renders and every object is valid against its schema', async (overlay, { skip }) => {
    if (!tools) return skip(skipReason);
    const text = await build(overlay);
    const { ok, report } = await conform(text);
    expect(report).toMatch(/Invalid: 0, Errors: 0, Skipped: 0/);
    expect(ok, report).toBe(true);

    const objects = manifests(text);
    const kinds = objects.map(
      (object) => `${object.kind}/${object.metadata.name.replace(/-[a-z0-9]{10}$/, '')}`,
    );
    expect(kinds).toEqual(
      expect.arrayContaining([
        'Namespace/thidua',
        'ConfigMap/thidua-config',
        'Secret/thidua-database',
        'Job/thidua-migrate',
        'Deployment/thidua-api',
        'Deployment/thidua-worker',
        'Deployment/thidua-records',
        'Service/thidua-api',
        'HorizontalPodAutoscaler/thidua-api',
        'HorizontalPodAutoscaler/thidua-worker',
        'HorizontalPodAutoscaler/thidua-records',
        'PodDisruptionBudget/thidua-api',
        'PodDisruptionBudget/thidua-worker',
        'PodDisruptionBudget/thidua-records',
        'CronJob/thidua-backup',
      ]),
    );
  });

  test('API probes /readyz and /healthz; workers and the migrations job run the right roles', async ({
    skip,
  }) => {
    if (!tools) return skip(skipReason);
    const objects = manifests(await build('self-hosted'));
    const byName = (kind: string, name: string) =>
      objects.find((object) => object.kind === kind && object.metadata.name === name)!;
    const api = byName('Deployment', 'thidua-api').spec!.template.spec.containers[0];
    expect(api.readinessProbe.httpGet.path).toBe('/readyz');
    expect(api.livenessProbe.httpGet.path).toBe('/healthz');
    expect(api.args).toEqual(['--role', 'api']);
    expect(api.resources.requests).toMatchObject({ cpu: expect.any(String), memory: expect.any(String) });
    const worker = byName('Deployment', 'thidua-worker').spec!.template.spec.containers[0];
    expect(worker.args).toEqual(['--role', 'worker']);
    const records = byName('Deployment', 'thidua-records').spec!.template.spec.containers[0];
    expect(records.args).toEqual(['--role', 'records']);
    expect(records.image).toBe(worker.image);
    for (const name of ['thidua-api', 'thidua-worker', 'thidua-records']) {
      expect(byName('HorizontalPodAutoscaler', name).spec!.minReplicas).toBeGreaterThanOrEqual(2);
      expect(byName('PodDisruptionBudget', name).spec!.minAvailable).toBe(1);
    }
    const migrate = byName('Job', 'thidua-migrate');
    expect(migrate.spec!.template.spec.containers[0].args).toEqual(['--role', 'migrate']);
    // Only the migrations job logs in as the owner of the tables.
    expect(migrate.spec!.template.spec.containers[0].env.map((e: { name: string }) => e.name)).toContain(
      'DATABASE_MIGRATION_URL',
    );
    for (const container of [api, worker, records]) {
      expect(container.env.map((e: { name: string }) => e.name)).not.toContain('DATABASE_MIGRATION_URL');
    }
    expect(migrate.metadata.annotations?.['argocd.argoproj.io/hook']).toBe('PreSync');
    for (const container of [api, worker, records]) {
      expect(container.securityContext).toMatchObject({
        readOnlyRootFilesystem: true,
        allowPrivilegeEscalation: false,
      });
      // The generated Secret and ConfigMap are referenced under their hashed names (a change rolls the pods).
      const secretRef = container.env.find((entry: { name: string }) => entry.name === 'DATABASE_URL');
      expect(secretRef.valueFrom.secretKeyRef.name).toMatch(/^thidua-database-[a-z0-9]{10}$/);
    }
  });

  test('Temporal Cloud overlays carry the API key or the client certificate, never both', async ({
    skip,
  }) => {
    if (!tools) return skip(skipReason);
    const apiKey = manifests(await build('temporal-cloud-api-key'));
    const mtls = manifests(await build('temporal-cloud-mtls'));
    const podsOf = (objects: Manifest[]) =>
      ['thidua-worker', 'thidua-records'].map(
        (name) =>
          objects.find((object) => object.kind === 'Deployment' && object.metadata.name === name)!.spec!
            .template.spec,
      );
    const envNames = (pod: Manifest['spec']) =>
      pod.containers[0].env.map((entry: { name: string }) => entry.name);
    const configOf = (objects: Manifest[]) => objects.find((object) => object.kind === 'ConfigMap')!.data;

    for (const pod of podsOf(apiKey)) expect(envNames(pod)).toContain('TEMPORAL_API_KEY');
    expect(configOf(apiKey)).toMatchObject({ TEMPORAL_CREATE_NAMESPACE: 'false' });
    expect(configOf(apiKey).TEMPORAL_TLS_CERT_PATH).toBeUndefined();

    expect(configOf(mtls)).toMatchObject({
      TEMPORAL_ADDRESS: expect.stringMatching(/\.tmprl\.cloud:7233$/),
      TEMPORAL_TLS_CERT_PATH: '/etc/thidua/temporal/tls.crt',
      TEMPORAL_TLS_KEY_PATH: '/etc/thidua/temporal/tls.key',
    });
    for (const pod of podsOf(mtls)) {
      expect(envNames(pod)).not.toContain('TEMPORAL_API_KEY');
      expect(pod.volumes.map((volume: { name: string }) => volume.name)).toEqual(
        expect.arrayContaining(['temporal-tls', 'postgres-ca']),
      );
    }
  });

  test('the schemas are strict: a misspelt field and a wrong type are refused', async ({ skip }) => {
    if (!tools) return skip(skipReason);
    const bad = `apiVersion: apps/v1
kind: Deployment
metadata: { name: bad }
spec:
  replica: 2
  selector: { matchLabels: { app: bad } }
  template:
    metadata: { labels: { app: bad } }
    spec:
      containers:
        - name: bad
          image: bad
          ports: [{ containerPort: "http" }]
`;
    const { ok, report } = await conform(bad);
    expect(ok).toBe(false);
    expect(report).toMatch(/replica/);
    expect(report).toMatch(/containerPort/);
  });
});
