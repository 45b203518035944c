import { ensureWebBuild } from '../e2e/setup/build-web';
import { startSystem } from '../e2e/setup/system';

/**
 * `npm run pnpm -- --filter @thidua/web exec tsx scripts/start-system.ts`: the e2e system on free ports until
 * Ctrl-C, for writing tests against it (E2E_BASE_URL=<printed url> npm run pnpm -- exec vitest run --project e2e).
 */
const log = (line: string) => console.log(line);
await ensureWebBuild(log);
const system = await startSystem(log);
console.log(`E2E_BASE_URL=${system.baseUrl}`);
const stop = async () => {
  await system.stop();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
