/**
 * The libraries of the workflow code that keep no state of a run: the bundle evaluates this module
 * once per worker thread and every cycle in the worker's cache shares it (frozen), instead of holding
 * its own copy of zod and of the ballot proofs' curve (see sharedWorkflowModules). Re-exported so the
 * bundler keeps them (they declare no side effects).
 */
import { z } from 'zod';

export * as curve from '@noble/curves/ed25519.js';
export * as sha2 from '@noble/hashes/sha2.js';
export * as hashUtils from '@noble/hashes/utils.js';
export * as zod from 'zod';

// zod settles its defaults (locale, memoizer, whether it may compile parsers) on first use: here,
// before the shared module is frozen, never later inside a cycle.
z.object({ settled: z.string() }).parse({ settled: '' });
