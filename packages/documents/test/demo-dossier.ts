import type { Dossier } from '../src/dossier';
import { buildDemoDossier } from './sample';

let cached: Promise<Dossier> | undefined;

/** The demo dossier, built once per test file. */
export const demoDossier = (): Promise<Dossier> => {
  cached ??= buildDemoDossier();
  return cached;
};
