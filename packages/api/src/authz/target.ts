/** What a call touches, resolved to the organisation ids the scope rules compare. */
export interface Target {
  cycleId?: string | undefined;
  unitId?: string | undefined;
  blocId?: string | undefined;
  provinceId?: string | undefined;
  year?: number | undefined;
  /** The year is closed: the bloc's later leaders reach it (rules.ts). */
  closed?: boolean | undefined;
}

/** What a procedure names in its input; `resolveTarget` loads the rest. */
export interface TargetRef {
  cycleId?: string | undefined;
  unitId?: string | undefined;
  blocId?: string | undefined;
  provinceId?: string | undefined;
  year?: number | undefined;
  roundId?: string | undefined;
  documentId?: string | undefined;
  evidenceId?: string | undefined;
  nominationId?: string | undefined;
  /** An office holder: its unit, bloc or province. */
  officialId?: string | undefined;
}
