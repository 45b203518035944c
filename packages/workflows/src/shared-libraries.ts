/**
 * The code of the workflow bundle that keeps no state of a run: the bundle evaluates this module once
 * per worker thread and every cycle in the worker's cache shares it (frozen), instead of holding its
 * own copy (see sharedWorkflowModules). The domain's rules and their zod schemas are most of a
 * cycle's code: shared, a cycle starts with ~120 KiB of heap instead of ~770. Re-exported so the
 * bundler keeps them (they declare no side effects). Never add a module that holds a cycle's state.
 */
import { z } from 'zod';

export * as curve from '@noble/curves/ed25519.js';
export * as sha2 from '@noble/hashes/sha2.js';
export * as hashUtils from '@noble/hashes/utils.js';
export * as domain from '@thidua/domain';
export * as zod from 'zod';

// zod settles its defaults (locale, memoizer, whether it may compile parsers) on first use: here,
// before the shared module is frozen, never later inside a cycle.
z.object({ settled: z.string() }).parse({ settled: '' });
