/**
 * Conference (Hội nghị tổng kết): attendance and quorum, vote rounds, ballots, tallies, runoffs.
 *
 * BALLOTS ARE ACCEPTED BY POSTGRESQL ALONE. Two parties that must both accept a ballot (a database
 * commit and a workflow Update) cannot do it atomically: whichever accepts first can be left alone by
 * a crash, a timeout or a dead worker, and the ballot is then counted by one and missing from the
 * other (or refused ALREADY_VOTED on retry while no urn holds it). So there is one acceptance:
 *  1. The API casts a ballot in ONE PostgreSQL transaction: it locks the open round row, checks the
 *     unit is a member recorded present at the session (the attendance this module projects; it
 *     cannot change while a round is open), validates the ballot, inserts the receipt (round, unit:
 *     the primary key refuses a second ballot), re-seals the urn with the anonymous ballot (no unit,
 *     user, time or sequence; random ids) and writes the audit row "unit U voted in round R". The
 *     COMMIT is the acceptance; a refusal rolls everything back. A retry after a lost answer is
 *     answered ALREADY_VOTED when the first try committed, and accepted when it did not.
 *  2. No ballot passes through the workflow: Update arguments, activity inputs and results stay
 *     in the history as long as it lives, and no choice may. Who voted reaches it with the tally.
 *  3. `closeRound` marks the round closing, then the `tallyRound` activity closes it in PostgreSQL:
 *     its row lock waits for cast transactions in flight, so every ballot committed before it is
 *     counted and every later one is refused ROUND_CLOSED. It reads the anonymous ballots and the
 *     receipts and runs the domain's tallyRound there; only the aggregate (counts per candidate,
 *     valid/invalid), the receipts' units (who voted, as the minutes print) and the present units
 *     without a receipt come back into history. The round's `voters` are filled from the receipts then.
 * The tally activity is idempotent: a retry or a restarted worker returns the stored tally.
 * Cycles whose history holds the retired `recordBallotCast` Update still replay: its handler stays
 * registered and does what it did, and its validator refuses every new call. The replay test keeps
 * two such histories (test/fixtures/histories/ballot-updates-*.json); handler and histories go
 * together once no running cycle predates the change.
 */
import { ActivityFailure, ApplicationFailure, patched } from '@temporalio/workflow';
import type { TallyRoundOutput } from '@thidua/activities/contract';
import {
  checkConferenceSession,
  checkNonVotersConfirmed,
  checkProposals,
  conferenceSessionSchema,
  quotaFor,
  rotationWarnings,
  rotationWarningText,
  voteKinds,
} from '@thidua/domain';
import { unitOf } from './authz';
import { candidatesFor, checkQuorum, isAward, roundOf, ruleOf, seatsFor } from './conference-rules';
import type { CycleContext } from './context';
import {
  boardState,
  checkCountingBoard,
  registerEncryptedRoundSteps,
  sealRound,
  tallyInputOf,
} from './encrypted-rounds';
import { asFailure, refuse } from './errors';
import {
  type AttendanceArgs,
  type AttendanceResult,
  type BallotCastArgs,
  type CloseRoundArgs,
  type CloseRoundResult,
  type ConfirmResultsArgs,
  type DecideTieArgs,
  type OpenRoundArgs,
  type OpenRoundResult,
  retiredUpdates,
} from './messages';
import { awardsText, blocWideNotices, unitName } from './notify';
import {
  applyTally,
  nominationsOf,
  openRoundState,
  proposalsOf,
  proposalUnits,
  roundNotices,
  roundOpenedEffect,
  talliesOf,
} from './rounds';
import { issueBallot, issueTallyMinutes } from './step-records';

export function registerConferenceSteps(ctx: CycleContext): void {
  const s = ctx.state;
  /** The count's refusal of unconfirmed non-voters, retold with the units' names. */
  const namedNonVoters = (error: unknown): unknown => {
    // An activity's failure wraps it; a local activity's may arrive as the ApplicationFailure itself.
    const failure = error instanceof ActivityFailure ? error.cause : error;
    if (!(failure instanceof ApplicationFailure) || failure.type !== 'NON_VOTERS_UNCONFIRMED') return error;
    const { unitIds } = (failure.details?.[0] ?? {}) as { unitIds?: string[] };
    try {
      checkNonVotersConfirmed(unitIds ?? [], [], (id) => unitOf(s, id).name);
    } catch (named) {
      return asFailure(named);
    }
    return error;
  };
  // Ballots are checked against the attendance PostgreSQL holds: a round must not reach it before the
  // attendance recorded ahead of it (two concurrent calls could otherwise project out of order).
  let attendanceLanding: Promise<unknown> | undefined;

  ctx.step('recordAttendance', {
    validate: (a: AttendanceArgs) => {
      if (s.rounds.some((r) => r.status !== 'closed')) refuse('ROUND_ALREADY_OPEN');
      const present = a.presentUnitIds ?? [];
      const written = a.writtenOpinionUnitIds ?? [];
      if (!Array.isArray(present) || !Array.isArray(written)) refuse('INVALID_INPUT');
      for (const id of [...present, ...written]) unitOf(s, id);
      if (new Set([...present, ...written]).size !== present.length + written.length) {
        refuse('INVALID_INPUT', 'Một đơn vị được ghi nhận hai lần trong thành phần tham dự.');
      }
      // Every minute of the conference prints these facts: they are asked for here, not invented later.
      // Recorded as the conference takes place: today, or in a back-filled year on the day it was held.
      checkConferenceSession(a.session, present, ctx.instantOf(a));
    },
    apply: async (a): Promise<AttendanceResult> => {
      const present = [...a.presentUnitIds];
      const writtenOpinion = [...(a.writtenOpinionUnitIds ?? [])];
      const sessionId = `${s.cycleId}:session:1`;
      // Checked by the validator; parsed again for its normal form (NFC, trimmed, guests defaulted).
      const session = a.session ? conferenceSessionSchema.parse(a.session) : undefined;
      s.attendance = { present, writtenOpinion, recordedAt: ctx.nowIso(), sessionId, session };
      ctx.bump();
      const absent = s.units
        .map((u) => u.id)
        .filter((id) => !present.includes(id) && !writtenOpinion.includes(id));
      let quorumMet = true;
      for (const kind of voteKinds) {
        try {
          checkQuorum(s, kind);
        } catch {
          quorumMet = false;
        }
      }
      const landing = ctx.recordUpdate('recordAttendance', a, {
        audit: {
          action: 'conference.attendance',
          entity: 'cycle',
          entityId: s.cycleId,
          after: { present, writtenOpinion, quorumMet },
        },
        effects: [
          {
            kind: 'attendanceRecorded',
            sessionId,
            heldOn: session?.heldOn ?? a.heldOn ?? ctx.nowIso().slice(0, 10),
            session,
            present,
            writtenOpinion,
            absent,
          },
        ],
      });
      const settled = landing.catch(() => undefined);
      attendanceLanding = settled;
      await landing.finally(() => {
        if (attendanceLanding === settled) attendanceLanding = undefined;
      });
      return { ...ctx.ack(), quorumMet };
    },
  });

  ctx.step('openRound', {
    validate: (a: OpenRoundArgs) => {
      if (!voteKinds.includes(a.voteKind)) refuse('INVALID_INPUT', 'Nội dung bỏ phiếu không hợp lệ.');
      const vote = s.votes[a.voteKind];
      if (vote.status === 'open' || vote.status === 'awaitingChair') refuse('ROUND_ALREADY_OPEN');
      // Votes follow one another: the next one's candidates depend on who the last one elected.
      if (s.rounds.some((r) => r.status !== 'closed')) {
        refuse('ROUND_ALREADY_OPEN', 'Vòng bỏ phiếu trước chưa kiểm phiếu xong: hãy kết thúc vòng đó trước.');
      }
      if (vote.status === 'decided' || (vote.status === 'noProposal' && isAward(a.voteKind))) {
        refuse('VOTE_ALREADY_DECIDED');
      }
      checkQuorum(s, a.voteKind);
      seatsFor(s, a.voteKind, a.seats);
      candidatesFor(s, a.voteKind, a.candidateUnitIds);
      checkCountingBoard(s, a.countingBoard);
    },
    apply: async (a): Promise<OpenRoundResult> => {
      const kind = a.voteKind;
      const rule = ruleOf(s, kind);
      const candidates = candidatesFor(s, kind, a.candidateUnitIds);
      const quota =
        isAward(kind) && s.ruleSet ? quotaFor(s.ruleSet.quotas[kind], s.units.length) : rule.seats;
      // The validator refuses seats over the quota; histories from before kept the cut-down count.
      const seats = a.seats ?? Math.max(1, Math.min(rule.seats, quota));
      const maxChoices = Math.max(seats, Math.min(rule.maxChoices, quota, a.seats ?? rule.maxChoices));
      const board = a.countingBoard ? boardState(a.countingBoard) : undefined;
      const round = openRoundState(ctx, kind, candidates, seats, maxChoices, undefined, board);
      if (attendanceLanding) await attendanceLanding;
      await ctx.recordUpdate('openRound', a, {
        audit: {
          action: 'vote.open',
          entity: 'voteRound',
          entityId: round.id,
          after: {
            voteKind: kind,
            number: round.number,
            candidates: candidates.map((c) => c.unitId),
            ...(board ? { countingBoard: board.seats.map((m) => m.name) } : {}),
          },
        },
        effects: [roundOpenedEffect(ctx, round)],
        notifications: roundNotices(ctx, round),
      });
      if (patched('ballot-at-round-open')) await ctx.issueRecords(() => issueBallot(ctx, round));
      return {
        ...ctx.ack(),
        roundId: round.id,
        roundNumber: round.number,
        candidateUnitIds: candidates.map((c) => c.unitId),
      };
    },
  });

  // Retired (see the note above): kept only for histories that hold accepted calls. Replay does not
  // run validators, so such a call is applied exactly as it was; a new call is refused.
  ctx.retired(
    retiredUpdates.recordBallotCast,
    () =>
      refuse(
        'INVALID_INPUT',
        'Phiếu bầu được ghi nhận ngay khi bỏ phiếu; quy trình không còn nhận thao tác này.',
        { retiredUpdate: 'recordBallotCast' },
      ),
    async (a: BallotCastArgs) => {
      const round = roundOf(s, a.roundId);
      round.voters.push(a.unitId);
      ctx.bump();
      await ctx.recordUpdate('recordBallotCast', a, {
        // "Unit U voted in round R" — never what it chose.
        audit: {
          action: 'ballot.cast',
          entity: 'voteRound',
          entityId: round.id,
          after: { unitId: a.unitId },
        },
      });
      return ctx.ack();
    },
  );

  ctx.step('closeRound', {
    validate: (a: CloseRoundArgs) => {
      if (roundOf(s, a.roundId).status !== 'open') refuse('ROUND_CLOSED');
      // The tally needs the chair's confirmation of the present units that did not vote.
      const named = a.notVotedUnitIds ?? [];
      if (!Array.isArray(named) || new Set(named).size !== named.length) {
        refuse('INVALID_INPUT', 'Danh sách đơn vị chưa bỏ phiếu không hợp lệ.');
      }
      const absent = named.filter((id) => !s.attendance?.present.includes(id));
      if (absent.length > 0) {
        refuse(
          'INVALID_INPUT',
          `Chỉ xác nhận các đơn vị có mặt tại Hội nghị chưa bỏ phiếu; không có mặt: ${absent.map((id) => s.units.find((u) => u.id === id)?.name ?? id).join(', ')}.`,
          { unitIds: absent },
        );
      }
    },
    apply: async (a): Promise<CloseRoundResult> => {
      const round = roundOf(s, a.roundId);
      round.status = 'closing';
      round.countStartedAt = ctx.nowIso();
      ctx.bump();
      await ctx.recordUpdate('closeRound', a, {
        // Who voted is known once the tally has read the receipts (the vote.tally row).
        audit: { action: 'vote.close', entity: 'voteRound', entityId: round.id },
      });
      let out: TallyRoundOutput;
      try {
        // An encrypted round is sealed now and counted when its board has decrypted the sums.
        if (round.board) return await sealRound(ctx, round, round.board, a);
        out = await ctx.project((via) => via.tallyRound(tallyInputOf(s, round, a)));
      } catch (error) {
        // The box could not be counted (e.g. BALLOT_COUNT_MISMATCH, or a present unit that has not
        // voted and that the chair did not name): the round stays open for the chair.
        round.status = 'open';
        throw namedNonVoters(error);
      }
      const result = await applyTally(ctx, round, out, a.updateId);
      // Counted: its minutes now, with its own figures and times; a runoff gets its ballot as it opens.
      if (patched('tally-minutes-at-round-close')) {
        await ctx.issueRecords(async () => {
          await issueTallyMinutes(ctx, round);
          const runoff = s.rounds.find((r) => r.id === result.runoffRoundId);
          if (runoff) await issueBallot(ctx, runoff);
        });
      }
      return result;
    },
  });

  registerEncryptedRoundSteps(ctx);

  ctx.step('decideTie', {
    validate: (a: DecideTieArgs) => {
      const round = roundOf(s, a.roundId);
      const outcome = round.result?.outcome;
      if (outcome?.kind !== 'chairDecides') refuse('NO_RUNOFF_NEEDED');
      const chosen = Array.isArray(a.chosenUnitIds) ? a.chosenUnitIds : [];
      if (
        chosen.length === 0 ||
        new Set(chosen).size !== chosen.length ||
        chosen.length > outcome.seatsToFill ||
        chosen.some((id) => !outcome.candidates.includes(id))
      ) {
        refuse(
          'INVALID_INPUT',
          `Chủ trì chỉ được chọn tối đa ${outcome.seatsToFill} đơn vị trong số các đơn vị bằng phiếu.`,
        );
      }
    },
    apply: async (a) => {
      const round = roundOf(s, a.roundId);
      const chosen = [...new Set(a.chosenUnitIds)];
      const vote = s.votes[round.kind];
      vote.elected = [...vote.elected, ...chosen];
      vote.status = 'decided';
      if (round.result) {
        round.result.electedIds = [...round.result.electedIds, ...chosen];
        round.result.outcome = {
          kind: 'decided',
          elected: round.result.electedIds,
          noProposalSeats: round.seats - round.result.electedIds.length,
        };
      }
      ctx.bump();
      await ctx.recordUpdate('decideTie', a, {
        audit: { action: 'vote.chairDecides', entity: 'voteRound', entityId: round.id, after: { chosen } },
      });
      return ctx.ack();
    },
  });

  /**
   * The rotation rule's warnings on the leaders elected for next year, with the rule cited. A deputy
   * vote that ended with nobody elected leaves the bloc without a deputy: one more warning.
   */
  const leadershipWarnings = () => {
    const headUnitId = s.votes.blocHead.elected[0] as string;
    const deputyUnitId = s.votes.blocDeputy.elected[0] ?? null;
    const warnings = rotationWarnings(
      [{ blocId: s.input.blocId, year: s.input.year, ...s.input.leadership }],
      { year: s.input.year + 1, headUnitId, deputyUnitId },
      s.ruleSet?.rotation,
    );
    return { headUnitId, deputyUnitId, warnings };
  };

  ctx.step('confirmResults', {
    validate: (a: ConfirmResultsArgs) => {
      const pending = voteKinds.filter(
        (k) => s.votes[k].status !== 'decided' && s.votes[k].status !== 'noProposal',
      );
      if (pending.length > 0) refuse('RESULTS_PENDING', undefined, { voteKinds: pending });
      // The head must be elected; a deputy vote may end with nobody (a warning, confirmed with a reason).
      if (s.votes.blocHead.elected.length !== 1 || s.votes.blocDeputy.elected.length > 1)
        refuse('LEADERSHIP_NOT_ELECTED');
      if (!s.ruleSet) refuse('PLAN_NOT_ADOPTED');
      checkProposals(proposalsOf(s), s.ruleSet, proposalUnits(s), talliesOf(s));
      const { warnings } = leadershipWarnings();
      if (warnings.length > 0 && !a.rotationReason?.trim()) {
        refuse('ROTATION_UNCONFIRMED', `${rotationWarningText(warnings)} Ghi lý do để xác nhận kết quả bầu.`);
      }
    },
    apply: async (a) => {
      s.nominations = nominationsOf(s);
      const { headUnitId, deputyUnitId, warnings } = leadershipWarnings();
      const rotationReason = warnings.length > 0 ? a.rotationReason?.trim().normalize('NFC') : undefined;
      s.elected = {
        headUnitId,
        deputyUnitId,
        warnings: warnings.map((w) => rotationWarningText([w])),
        ...(rotationReason ? { rotationReason } : {}),
      };
      s.resultsConfirmedAt = ctx.nowIso();
      ctx.bump();
      const own = ctx.recordUpdate('confirmResults', a, {
        audit: {
          action: 'vote.confirm',
          entity: 'cycle',
          entityId: s.cycleId,
          after: {
            nominations: s.nominations.map((n) => ({ award: n.award, unitId: n.unitId })),
            elected: s.elected,
            ...(rotationReason ? { reason: rotationReason } : {}),
          },
        },
        effects: [
          {
            kind: 'resultsConfirmed',
            nominations: s.nominations.map(({ status: _s, cutReason: _c, ...n }) => n),
          },
        ],
        notifications: blocWideNotices(s, 'vote.resultsConfirmed', a.updateId, {
          summary: `Kết quả bình xét đã được xác nhận: ${awardsText(s, s.nominations)}. Trưởng Khối: ${unitName(s, headUnitId)}; ${deputyUnitId ? `Phó Khối: ${unitName(s, deputyUnitId)}` : 'không bầu được Phó Khối'}.`,
        }),
      });
      s.dossier.status = 'generating';
      s.dossier.generation += 1;
      const next = ctx.enterPhase('dossier', 'Chủ trì xác nhận kết quả bình xét');
      await own;
      await next;
      return ctx.ack();
    },
  });
}
