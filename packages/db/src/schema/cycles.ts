import type { CycleCalendar } from '@thidua/domain';
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  unique,
} from 'drizzle-orm/pg-core';
import {
  createdAt,
  isNfc,
  requiredRef,
  stampedNow,
  textId,
  timestamptz,
  updatedAt,
  yearInRange,
} from './columns';
import { cyclePhaseEnum, cycleStatusEnum, eligibilityBlockCodeEnum } from './enums';
import { blocs, units } from './org';
import { ruleSets } from './rules';
import type { UnitDeadline, UnitStepStatus } from './types';

/**
 * One bloc, one year. The Temporal workflow is the source of truth for progress; this row is the
 * projection the UI reads. `projection_seq` grows with every workflow change, so an out-of-order
 * or retried activity never moves the projection backwards.
 */
export const cycles = pgTable(
  'cycles',
  {
    id: textId(),
    blocId: requiredRef('bloc_id', () => blocs.id),
    year: integer('year').notNull(),
    workflowId: text('workflow_id').notNull().unique(),
    phase: cyclePhaseEnum('phase').notNull().default('setup'),
    phaseEnteredAt: stampedNow('phase_entered_at'),
    status: cycleStatusEnum('status').notNull().default('open'),
    /** When its workflow first ran; a year planned in the database but not started has none. */
    startedAt: timestamptz('started_at'),
    /** Workflow input, movable by an Update; validated by the domain's cycleCalendarSchema. */
    calendar: jsonb('calendar').$type<CycleCalendar>().notNull(),
    ruleSetId: requiredRef('rule_set_id', () => ruleSets.id),
    /**
     * Why the dossier's records could not be issued the last time they were generated (the missing
     * fact, named, with where to enter it); null once they were.
     */
    dossierFailure: text('dossier_failure'),
    /**
     * Whether the dossier's records of the current generation are issued and not yet submitted:
     * exactly when the workflow accepts the Tờ trình's submission (the screen offers it then).
     */
    dossierReady: boolean('dossier_ready').notNull().default(false),
    /**
     * A closed year's workflow state as its last step left it (workflow-owned JSON, read back only to
     * start its after-close workflow, which records a case or proposes a revocation); null while open.
     */
    closedState: jsonb('closed_state').$type<Record<string, unknown>>(),
    projectionSeq: bigint('projection_seq', { mode: 'number' }).notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('cycles_bloc_year').on(t.blocId, t.year),
    index('cycles_year_idx').on(t.year),
    check('cycles_year', yearInRange(t.year)),
    check('cycles_seq', sql`${t.projectionSeq} >= 0`),
  ],
);

/**
 * Per cycle and unit: step statuses, deadlines (with extensions), overdue flag and late penalty.
 *
 * The tracker's columns (where the row sits, the step its cycle's phase waits for, that step's due
 * date and whether it is done, the unit's sort key) are kept by the database as the row or its
 * cycle's phase is written (migration 0010_tracker_columns: `cycle_unit_status_track` and
 * `cycles_phase_track`), so the board reads its page off one index instead of
 * the JSON of every row. Writers never set them.
 */
export const cycleUnitStatus = pgTable(
  'cycle_unit_status',
  {
    cycleId: requiredRef('cycle_id', () => cycles.id),
    unitId: requiredRef('unit_id', () => units.id),
    steps: jsonb('steps').$type<Record<string, UnitStepStatus>>().notNull().default({}),
    deadlines: jsonb('deadlines').$type<Record<string, UnitDeadline>>().notNull().default({}),
    overdue: boolean('overdue').notNull().default(false),
    latePenalty: numeric('late_penalty', { precision: 6, scale: 2, mode: 'number' }).notNull().default(0),
    projectionSeq: bigint('projection_seq', { mode: 'number' }).notNull().default(0),
    /** The cycle's bloc's province, bloc and year (who may see the row). */
    provinceId: text('province_id'),
    blocId: text('bloc_id'),
    year: integer('year'),
    /** The unit's code: the board's tie-break and its "unit" order. */
    unitCode: text('unit_code'),
    /** The unit step the cycle's phase waits for (a key of `steps`), null once the phase needs none. */
    currentStep: text('current_step'),
    /** That step's deadline, an extension winning. */
    due: date('due', { mode: 'string' }),
    /** That step is done, submitted or skipped (or the phase waits for no unit step). */
    done: boolean('done').notNull().default(true),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.cycleId, t.unitId] }),
    // A unit's own rows across cycles (its inbox, unit-scoped lists): the key leads with the cycle.
    index('cycle_unit_status_unit_idx').on(t.unitId),
    // The board's default page (overdue first, nearest deadline, unit code), read in index order:
    // per province (a secretariat) and over the whole country.
    index('cycle_unit_status_province_board_idx').on(
      t.provinceId,
      t.overdue.desc(),
      t.due,
      t.unitCode,
      t.cycleId,
    ),
    index('cycle_unit_status_board_idx').on(t.overdue.desc(), t.due, t.unitCode, t.cycleId),
    check('cycle_unit_status_penalty', sql`${t.latePenalty} >= 0`),
    check('cycle_unit_status_seq', sql`${t.projectionSeq} >= 0`),
  ],
);

/**
 * A counter per province that moves, in the writing transaction, whenever something the board of
 * that province shows changes (its status rows, its years' phases and members; "*" for unit and
 * bloc names, which reach every province). Kept by triggers (migrations 0019_board_versions and
 * 0020_board_versions_at_commit: the steps' writes move it as their transaction commits), never
 * written by the application: an answer read after the counters is at least as new as they are, so
 * an answer kept under counters that have not moved is still the answer.
 */
export const boardVersions = pgTable('board_versions', {
  provinceId: text('province_id').primaryKey(),
  version: bigint('version', { mode: 'number' }).notNull(),
});

/**
 * Facts that block an award for a unit in a cycle (ND 152/2025: discipline under review, an
 * inspection, a pending complaint…). Input to the candidate lists, as known when recorded.
 */
export const unitEligibilityFlags = pgTable(
  'unit_eligibility_flags',
  {
    cycleId: requiredRef('cycle_id', () => cycles.id),
    unitId: requiredRef('unit_id', () => units.id),
    code: eligibilityBlockCodeEnum('code').notNull(),
    note: text('note'),
    recordedBy: text('recorded_by'),
    recordedAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.cycleId, t.unitId, t.code] }),
    check('unit_eligibility_flags_note_nfc', sql`${t.note} is null or ${isNfc(t.note)}`),
  ],
);
