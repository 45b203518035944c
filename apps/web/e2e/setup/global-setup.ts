import type { TestProject } from 'vitest/node';
import type {} from '../context';
import { ensureWebBuild } from './build-web';
import { startSystem } from './system';

/**
 * Once per e2e run: a fresh build of the web app and the whole system on free ports. With
 * E2E_BASE_URL set, the tests use that running system instead (a faster loop while writing tests).
 */
export default async function setup(project: TestProject) {
  const log = (line: string) => console.log(`[e2e] ${line}`);
  const external = process.env.E2E_BASE_URL;
  if (external) {
    project.provide('baseUrl', external);
    return;
  }
  await ensureWebBuild(log);
  const system = await startSystem(log);
  project.provide('baseUrl', system.baseUrl);
  return () => system.stop();
}
