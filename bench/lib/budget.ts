/** The whole `npm run bench` must end in time: sections ask how long they may still take. */
export class Budget {
  readonly startedAt = Date.now();

  constructor(readonly totalMs: number) {}

  elapsedMs(): number {
    return Date.now() - this.startedAt;
  }

  /** Time left once `reserveMs` is kept for the sections still to come. */
  leftMs(reserveMs = 0): number {
    return Math.max(0, this.totalMs - this.elapsedMs() - reserveMs);
  }
}
