/** One dependency the API needs before it can serve users; it throws (or says why) when not ready. */
export type ReadinessCheck = () => Promise<string | undefined>;

export interface CheckResult {
  ok: boolean;
  detail?: string;
  ms: number;
}

export interface ReadinessReport {
  ready: boolean;
  checks: Record<string, CheckResult>;
}

const CHECK_TIMEOUT_MS = 3_000;

async function runOne(check: ReadinessCheck): Promise<CheckResult> {
  const started = Date.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
  });
  try {
    const detail = await Promise.race([check(), timeout]);
    return { ok: true, ...(detail ? { detail } : {}), ms: Date.now() - started };
  } catch (error) {
    return {
      ok: false,
      detail: error instanceof Error ? error.message : String(error),
      ms: Date.now() - started,
    };
  } finally {
    clearTimeout(timer);
  }
}

/** Runs every check in parallel, each bounded by a timeout, so a hung dependency cannot hang the probe. */
export async function checkReadiness(checks: Record<string, ReadinessCheck>): Promise<ReadinessReport> {
  const names = Object.keys(checks);
  const results = await Promise.all(names.map((name) => runOne(checks[name]!)));
  const entries = names.map((name, index) => [name, results[index]!] as const);
  return { ready: results.every((result) => result.ok), checks: Object.fromEntries(entries) };
}
