import { buildDemoDossier } from '../src/demo';
import type { Dossier } from '../src/dossier';

let cached: Promise<Dossier> | undefined;

/** The demo dossier, built once per test file. */
export const demoDossier = (): Promise<Dossier> => {
  cached ??= buildDemoDossier();
  return cached;
};
