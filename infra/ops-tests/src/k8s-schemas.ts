import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { goBinary } from '@thidua/local-services';
import { goEnv, repoRoot, ToolUnavailable } from './go-tools';

const run = promisify(execFile);

/** The Kubernetes release whose OpenAPI document the manifests are checked against. */
export const KUBERNETES_VERSION = 'v1.36.3';

type Schema = { [key: string]: unknown };

/**
 * kubeconform's schema file names: `{{ .ResourceKind }}{{ .KindSuffix }}.json`, e.g. deployment-apps-v1,
 * service-v1, horizontalpodautoscaler-autoscaling-v2.
 */
export const schemaLocation = (dir: string) => `${dir}/{{ .ResourceKind }}{{ .KindSuffix }}.json`;

/**
 * JSON schemas for kubeconform, generated offline from the OpenAPI document that ships in the
 * k8s.io/kubernetes Go module (api/openapi-spec/swagger.json), fetched through the Go module proxy.
 * Cached in .tools/k8s-schemas/<version>.
 */
export async function ensureKubernetesSchemas(version = KUBERNETES_VERSION): Promise<string> {
  const dir = path.join(repoRoot, '.tools', 'k8s-schemas', version);
  if (existsSync(path.join(dir, 'deployment-apps-v1.json'))) return dir;

  const go = goBinary();
  if (!go)
    throw new ToolUnavailable('Go is needed once to fetch the Kubernetes OpenAPI document; install Go.');
  const { stdout } = await run(go, ['mod', 'download', '-json', `k8s.io/kubernetes@${version}`], {
    env: goEnv(),
    cwd: repoRoot,
    maxBuffer: 4 * 1024 * 1024,
    timeout: 600_000,
  });
  const moduleDir = (JSON.parse(stdout) as { Dir: string }).Dir;
  const swagger = JSON.parse(
    readFileSync(path.join(moduleDir, 'api', 'openapi-spec', 'swagger.json'), 'utf8'),
  ) as {
    definitions: Record<string, Schema>;
  };

  const staging = `${dir}.partial`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  for (const [file, schema] of Object.entries(kindSchemas(swagger.definitions))) {
    writeFileSync(path.join(staging, file), JSON.stringify(schema));
  }
  rmSync(dir, { recursive: true, force: true });
  renameSync(staging, dir);
  return dir;
}

/** One standalone, strict schema per kind and API version (what openapi2jsonschema --strict produces). */
function kindSchemas(definitions: Record<string, Schema>): Record<string, Schema> {
  const strict = Object.fromEntries(
    Object.entries(definitions).map(([name, schema]) => [name, tighten(name, schema)]),
  );
  const files: Record<string, Schema> = {};
  for (const [name, definition] of Object.entries(definitions)) {
    const kinds = definition['x-kubernetes-group-version-kind'] as
      | { group: string; version: string; kind: string }[]
      | undefined;
    for (const { group, version, kind } of kinds ?? []) {
      const apiVersion = group ? `${group}/${version}` : version;
      const suffix = group ? `-${group.split('.')[0]}-${version}` : `-${version}`;
      const root = structuredClone(strict[name]!) as Schema;
      const properties = (root.properties ?? {}) as Record<string, Schema>;
      // A manifest must say exactly which kind and version it is.
      properties.kind = { type: 'string', enum: [kind] };
      properties.apiVersion = { type: 'string', enum: [apiVersion] };
      files[`${kind.toLowerCase()}${suffix}.json`] = {
        $schema: 'http://json-schema.org/draft-07/schema#',
        ...root,
        definitions: closure(name, strict),
      };
    }
  }
  return files;
}

/** Objects with declared properties refuse unknown ones; int-or-string and quantities take both forms. */
function tighten(name: string, schema: Schema): Schema {
  if (name === 'io.k8s.apimachinery.pkg.util.intstr.IntOrString') {
    return { oneOf: [{ type: 'string' }, { type: 'integer' }] };
  }
  if (name === 'io.k8s.apimachinery.pkg.api.resource.Quantity') {
    return { oneOf: [{ type: 'string' }, { type: 'number' }] };
  }
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (!node || typeof node !== 'object') return node;
    const copy: Schema = {};
    for (const [key, value] of Object.entries(node)) copy[key] = visit(value);
    if (copy.properties && copy.additionalProperties === undefined) copy.additionalProperties = false;
    return copy;
  };
  return visit(schema) as Schema;
}

/** Every definition reachable from `name` through $ref. */
function closure(name: string, definitions: Record<string, Schema>): Record<string, Schema> {
  const seen = new Set<string>();
  const queue = [name];
  while (queue.length) {
    const current = queue.pop()!;
    if (seen.has(current) || !definitions[current]) continue;
    seen.add(current);
    for (const match of JSON.stringify(definitions[current]).matchAll(/"#\/definitions\/([^"]+)"/g)) {
      queue.push(match[1]!);
    }
  }
  return Object.fromEntries([...seen].map((key) => [key, definitions[key]!]));
}
