import type { Ballot, Candidate, ConferenceSession, TallyResult, VoteRule } from '@thidua/domain';

export type ConferenceSessionPeople = Pick<
  ConferenceSession,
  'chair' | 'secretary' | 'countingBoard' | 'guests'
>;

import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './auth';
import { isNfc, requiredRef, stampedNow, textId, timestamptz } from './columns';
import { cycles } from './cycles';
import {
  attendanceModeEnum,
  ballotInvalidReasonEnum,
  conferenceStatusEnum,
  voteKindEnum,
  voteRoundStatusEnum,
} from './enums';
import { units } from './org';

/** The year-end conference (Hội nghị tổng kết); a second session is possible if quorum failed. */
export const conferenceSessions = pgTable(
  'conference_sessions',
  {
    id: textId(),
    cycleId: requiredRef('cycle_id', () => cycles.id),
    sessionNumber: integer('session_number').notNull().default(1),
    heldOn: date('held_on').notNull(),
    /** 'HH:MM', local time. */
    startTime: text('start_time'),
    /** Place name of the minutes' date line, and the venue. */
    place: text('place'),
    venue: text('venue'),
    chairUnitId: text('chair_unit_id').references(() => units.id),
    secretaryUnitId: text('secretary_unit_id').references(() => units.id),
    /** Chair, secretary, counting board and guests as recorded with the attendance (the minutes print them). */
    people: jsonb('people').$type<ConferenceSessionPeople>(),
    status: conferenceStatusEnum('status').notNull().default('planned'),
    openedAt: timestamptz('opened_at'),
    closedAt: timestamptz('closed_at'),
  },
  (t) => [
    unique('conference_sessions_cycle_number').on(t.cycleId, t.sessionNumber),
    check('conference_sessions_number', sql`${t.sessionNumber} >= 1`),
    check(
      'conference_sessions_start_time',
      sql`${t.startTime} is null or ${t.startTime} ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`,
    ),
    check(
      'conference_sessions_text_nfc',
      sql`(${t.place} is null or ${isNfc(t.place)}) and (${t.venue} is null or ${isNfc(t.venue)})`,
    ),
  ],
);

export const attendance = pgTable(
  'attendance',
  {
    sessionId: requiredRef('session_id', () => conferenceSessions.id),
    unitId: requiredRef('unit_id', () => units.id),
    mode: attendanceModeEnum('mode').notNull(),
    delegateName: text('delegate_name'),
    delegateTitle: text('delegate_title'),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.unitId] })],
);

/**
 * One round of one vote (flag, certificates, head, deputy). The rule and the candidate list are
 * snapshotted so the tally can always be recomputed; a runoff points at its parent round.
 */
/** A unit left off a round's ballot, with the reasons as printed on it. */
export interface ExcludedUnit {
  unitId: string;
  reasons: string[];
}

export const voteRounds = pgTable(
  'vote_rounds',
  {
    id: textId(),
    sessionId: requiredRef('session_id', () => conferenceSessions.id),
    voteKind: voteKindEnum('vote_kind').notNull(),
    roundNumber: integer('round_number').notNull().default(1),
    parentRoundId: text('parent_round_id').references((): AnyPgColumn => voteRounds.id),
    status: voteRoundStatusEnum('status').notNull().default('open'),
    rule: jsonb('rule').$type<VoteRule>().notNull(),
    /** Overrides of rule.seats / rule.maxChoices (a runoff fills only the seats left). */
    seats: integer('seats').notNull(),
    maxChoices: integer('max_choices').notNull(),
    candidates: jsonb('candidates').$type<Candidate[]>().notNull(),
    /** The units left off an award's ballot, each with why (a case, the score sheet, a withdrawal). */
    excluded: jsonb('excluded').$type<ExcludedUnit[]>().notNull().default([]),
    ballotsIssued: integer('ballots_issued').notNull().default(0),
    /** The domain's tally, written when the round closes; a cache of a pure function of the inputs. */
    tally: jsonb('tally').$type<TallyResult>(),
    openedAt: stampedNow('opened_at'),
    closedAt: timestamptz('closed_at'),
  },
  (t) => [
    unique('vote_rounds_kind_number').on(t.sessionId, t.voteKind, t.roundNumber),
    check('vote_rounds_number', sql`${t.roundNumber} >= 1`),
    check('vote_rounds_runoff', sql`(${t.roundNumber} = 1) = (${t.parentRoundId} is null)`),
    check('vote_rounds_seats', sql`${t.seats} >= 1 and ${t.maxChoices} >= ${t.seats}`),
    check('vote_rounds_ballots_issued', sql`${t.ballotsIssued} >= 0`),
    check('vote_rounds_closed', sql`(${t.status} = 'closed') = (${t.closedAt} is not null)`),
    check('vote_rounds_tally_when_closed', sql`${t.status} = 'closed' or ${t.tally} is null`),
    check('vote_rounds_candidates', sql`jsonb_typeof(${t.candidates}) = 'array'`),
  ],
);

/**
 * A secret ballot. Deliberately NO unit, user, timestamp or sequence column, and no key shared with
 * ballot_receipts: the id is a random UUID that is regenerated, with the physical order of the
 * round's ballots, every time a ballot is cast (see repositories/ballots.ts, "re-sealing the urn").
 */
export const ballots = pgTable(
  'ballots',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roundId: requiredRef('round_id', () => voteRounds.id),
    choices: jsonb('choices').$type<Ballot>().notNull(),
    valid: boolean('valid').notNull(),
    invalidReason: ballotInvalidReasonEnum('invalid_reason'),
  },
  (t) => [
    check('ballots_validity', sql`${t.valid} = (${t.invalidReason} is null)`),
    // Each cast re-seals its round's urn and each tally reads it: by round, not across every year's ballots.
    index('ballots_round_idx').on(t.roundId),
  ],
);

/** "Unit U has voted in round R" — nothing else. Counted once per unit by the primary key. */
export const ballotReceipts = pgTable(
  'ballot_receipts',
  {
    roundId: requiredRef('round_id', () => voteRounds.id),
    unitId: requiredRef('unit_id', () => units.id),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.unitId] })],
);

/**
 * Written opinions of absent members (counted when the rule allows): signed letters, so they are
 * not secret by nature and keep their unit. Recording one also writes the unit's receipt, so a unit
 * takes part once per round, in person or in writing.
 */
export const writtenOpinions = pgTable(
  'written_opinions',
  {
    roundId: requiredRef('round_id', () => voteRounds.id),
    unitId: requiredRef('unit_id', () => units.id),
    choices: jsonb('choices').$type<Ballot>().notNull(),
    receivedOn: date('received_on'),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.unitId] })],
);

/**
 * An encrypted round's counting board (Ban kiểm phiếu) and its public record: the round's key,
 * once every member registered a share; the ciphertext sums, once the chair closed the casting; the
 * bulletin board (SPEC.md of @thidua/ballot-crypto) and its SHA-256, once the count is published.
 * A round without this row takes plaintext ballots (a past year entered from its paper records).
 */
export const ballotBoards = pgTable('ballot_boards', {
  roundId: text('round_id')
    .primaryKey()
    .references(() => voteRounds.id),
  /** ΣX_i, hex; null until every member's share is registered: no ballot is taken before. */
  publicKey: text('public_key'),
  /** Casting ended: the sums per candidate, then the blank mark. */
  sealedAt: timestamptz('sealed_at'),
  sums: jsonb('sums').$type<{ a: string; b: string }[]>(),
  ballotCount: integer('ballot_count'),
  /** The published bulletin board, as downloaded, and its SHA-256 (cited by the vote-count minutes). */
  boardFile: text('board_file'),
  boardHash: text('board_hash'),
});

/** A member of a round's counting board: who, their public share with its proof, their partial decryption. */
export const ballotBoardMembers = pgTable(
  'ballot_board_members',
  {
    roundId: requiredRef('round_id', () => ballotBoards.roundId),
    seat: integer('seat').notNull(),
    userId: requiredRef('user_id', () => users.id),
    unitId: requiredRef('unit_id', () => units.id),
    name: text('name').notNull(),
    publicShare: text('public_share'),
    shareProof: jsonb('share_proof').$type<{ c: string; z: string }>(),
    partialDecryption: jsonb('partial_decryption').$type<{
      member: number;
      shares: { d: string; proof: { c: string; z: string } }[];
    }>(),
  },
  (t) => [
    primaryKey({ columns: [t.roundId, t.seat] }),
    unique('ballot_board_members_user').on(t.roundId, t.userId),
    check('ballot_board_members_seat', sql`${t.seat} >= 1`),
  ],
);

/**
 * An encrypted ballot: its tracker and the ciphertexts with their proofs, nothing else — no unit,
 * user, time or sequence; the id is random. Only the voter's browser ever knew the choices.
 */
export const encryptedBallots = pgTable(
  'encrypted_ballots',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roundId: requiredRef('round_id', () => ballotBoards.roundId),
    tracker: text('tracker').notNull(),
    ballot: jsonb('ballot').$type<EncryptedBallotJson>().notNull(),
  },
  (t) => [unique('encrypted_ballots_tracker').on(t.roundId, t.tracker)],
);

/** The ballot as the voter's browser sent it (format: SPEC.md of @thidua/ballot-crypto). */
export interface EncryptedBallotJson {
  choices: { a: string; b: string; proof: { c: string[]; z: string[] } }[];
  blank: { a: string; b: string; proof: { c: string[]; z: string[] } };
  countProof: { c: string[]; z: string[] };
}
