import { createRequire } from 'node:module';

/** The version this server reports, from its package.json (set by the release). */
export const apiVersion: string = createRequire(import.meta.url)('../package.json').version;
