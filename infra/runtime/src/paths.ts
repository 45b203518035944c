import { fileURLToPath } from 'node:url';

/** The repository root: the default home of .data/ and .tools/. */
export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
