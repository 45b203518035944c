import { classify } from './client';
import type { CycleLedger } from './ledger';
import type { Limiter } from './limiter';

export interface StepOptions {
  limiter: Limiter;
  /** Give up on a step after this long (a component that never comes back). */
  giveUpMs: number;
  /** Called as each step starts: the fault scheduler picks its moment here. */
  beforeStep?: (info: { blocId: string; index: number; key: string }) => void;
  /** Called whenever a step is accepted (recovery is measured up to the first one after a kill). */
  onAccepted?: (at: number) => void;
  /** Stops the run at the next step or retry (a time box). */
  signal?: AbortSignal;
}

/** Per step: which refusals on a retry after an unknown outcome prove the first try went through. */
export interface StepConfirmation {
  /** Only these codes confirm (e.g. ALREADY_VOTED for a ballot); any other refusal stops the run. */
  confirmedBy?: ReadonlySet<string>;
}

/** Refusals that only mean "not yet": the step is tried again after a pause. */
const WAIT_CODES = new Set(['DOCUMENTS_NOT_READY']);

export class StepFailed extends Error {}

/**
 * Runs one step until the API accepts it. An unknown outcome (connection cut, 5xx, workflow
 * unreachable) is retried; a refusal after such an attempt means the first try went through
 * ("confirmed"; with `confirmedBy`, only those codes do), and is checked against PostgreSQL and the
 * workflow at the end. Any other refusal is a bug in the script or a lost step, and stops the run.
 */
export async function runStep<T>(
  ledger: CycleLedger,
  options: StepOptions,
  key: string,
  update: boolean,
  call: () => Promise<T>,
  confirmation: StepConfirmation = {},
): Promise<{ value?: T; confirmed: boolean }> {
  const startedAt = Date.now();
  options.beforeStep?.({ blocId: ledger.blocId, index: ledger.begun++, key });
  let attempts = 0;
  let ambiguous = false;
  let pause = 100;
  let ms = 0;
  const stopped = () => new StepFailed(`${ledger.blocId} ${key}: stopped (time box)`);
  for (;;) {
    if (options.signal?.aborted) throw stopped();
    attempts += 1;
    try {
      const value = await options.limiter.run(async () => {
        // Calls queued for a slot when the time box ends are not sent at all.
        if (options.signal?.aborted) throw stopped();
        const t0 = performance.now();
        try {
          return await call();
        } finally {
          ms = performance.now() - t0;
        }
      });
      const endedAt = Date.now();
      ledger.steps.push({ key, update, outcome: 'ok', attempts, ms, startedAt, endedAt });
      options.onAccepted?.(endedAt);
      return { value, confirmed: false };
    } catch (error) {
      if (error instanceof StepFailed) throw error;
      const failure = classify(error);
      const confirms = confirmation.confirmedBy?.has(failure.code) ?? true;
      if (failure.kind === 'refused' && ambiguous && confirms && !WAIT_CODES.has(failure.code)) {
        const endedAt = Date.now();
        ledger.steps.push({
          key,
          update,
          outcome: 'confirmed',
          refusal: failure.code,
          attempts,
          ms,
          startedAt,
          endedAt,
        });
        options.onAccepted?.(endedAt);
        return { confirmed: true };
      }
      if (failure.kind === 'refused' && !WAIT_CODES.has(failure.code)) {
        throw new StepFailed(
          `${ledger.blocId} ${key}: refused with ${failure.code}: ${(error as Error).message}`,
        );
      }
      if (failure.kind === 'transient') ambiguous = true;
      if (Date.now() - startedAt > options.giveUpMs) {
        throw new StepFailed(
          `${ledger.blocId} ${key}: no answer in ${options.giveUpMs} ms (last ${failure.code})`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, pause));
      pause = Math.min(pause * 2, 2_000);
    }
  }
}
