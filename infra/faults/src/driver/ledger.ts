/** What the driver saw of one step: accepted outright, or refused on a retry after an unknown outcome. */
export interface StepEntry {
  /** Unique within the cycle, e.g. `signPact:u1`, `castBallot:<round>:u2`. */
  key: string;
  /** Is it a workflow Update (the API's `cycles.start`, draft saves and ballots are not)? */
  update: boolean;
  outcome: 'ok' | 'confirmed';
  /** The refusal that confirmed it (e.g. ALREADY_VOTED). */
  refusal?: string;
  attempts: number;
  /** Time of the attempt that got the answer, not counting the wait for a free slot. */
  ms: number;
  startedAt: number;
  endedAt: number;
}

export interface CycleLedger {
  blocId: string;
  cycleId: string;
  steps: StepEntry[];
  /** Steps begun so far (parallel unit steps begin before any of them ends). */
  begun: number;
  /** Ballots the API accepted, i.e. answered OK: their transaction committed (round → units). */
  ballots: Map<string, Set<string>>;
  /**
   * Ballots whose answer was lost (API killed, connection cut, 5xx) and whose retry was refused
   * ALREADY_VOTED: the first try committed (round → units). They must be in the urn and counted once.
   */
  ballotsConfirmed: Map<string, Set<string>>;
  /** Units whose self-assessment submission the API accepted. */
  submissions: Set<string>;
  /** Submissions confirmed by a refused retry: they must exist too. */
  submissionsConfirmed: Set<string>;
  startedAt: number;
  endedAt?: number;
}

export function newLedger(blocId: string, cycleId: string): CycleLedger {
  return {
    blocId,
    cycleId,
    steps: [],
    begun: 0,
    ballots: new Map(),
    ballotsConfirmed: new Map(),
    submissions: new Set(),
    submissionsConfirmed: new Set(),
    startedAt: Date.now(),
  };
}
