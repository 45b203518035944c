import type * as Docs from '@thidua/documents';
import {
  countingBoardRoleLabels,
  DomainError,
  type TallyResult,
  type VoteKind,
  vietnamTime,
  voteKindLabels,
  withdrawalText,
} from '@thidua/domain';
import { type Context, numbered, type Planned, recordedSession } from './context';
import { basisOf, fileKind, type RecordParts } from './shared';
import type { RoundFacts } from './step-facts';

/** The units withdrawn from an award's candidates before its vote. */
const withdrawalsOf = (ctx: Context, kind: VoteKind) =>
  (ctx.facts.withdrawals ?? []).filter((w) => w.voteKind === kind);

const isOffice = (k: VoteKind): k is 'blocHead' | 'blocDeputy' => k === 'blocHead' || k === 'blocDeputy';

/** What a round votes on, as the ballot and the minutes print it; offices are for the next year. */
function subjectOf(ctx: Context, kind: VoteKind, seats: number): Docs.VoteSubject {
  const name = isOffice(kind) ? `${voteKindLabels[kind]} năm ${ctx.facts.year + 1}` : voteKindLabels[kind];
  return { kind, name, seats: Math.max(1, seats) };
}

function requireRound(round: RoundFacts | undefined): RoundFacts {
  if (!round) throw new Error('a round record needs its round');
  return round;
}

/** The blank ballot of one round: its candidates, and the units left off with why. Not numbered. */
export function planBallot(ctx: Context, docs: typeof Docs, p: RecordParts, r?: RoundFacts): Planned[] {
  const round = requireRound(r);
  const subject = subjectOf(ctx, round.voteKind, round.maxChoices);
  const candidates: Docs.BallotCandidate[] = [
    ...round.candidates.map((c) => ({
      unit: p.unit(c.unitId),
      ...(c.eligible === false
        ? { ineligible: [{ kind: subject.kind, reason: 'Không đủ điều kiện bình xét' }] }
        : {}),
    })),
    ...round.excluded.map((x) => ({
      unit: p.unit(x.unitId),
      ineligible: [{ kind: subject.kind, reason: x.reasons.join('; ') }],
    })),
  ];
  return [
    {
      recordType: 'ballotForm',
      series: null,
      title: `Phiếu bầu ${voteKindLabels[round.voteKind]} vòng ${round.roundNumber}`,
      fileBase: `phieu-bau-${fileKind[round.voteKind]}-vong-${round.roundNumber}`,
      date: ctx.date,
      build: () =>
        docs.buildBallot({
          issuer: p.issuer,
          year: ctx.facts.year,
          round: round.roundNumber,
          conference: p.conference,
          awards: [subject],
          candidates,
        }),
    },
  ];
}

/** The vote-count minutes of one round (award or leadership), from that round's own tally and times. */
export function planTallyMinutes(ctx: Context, docs: typeof Docs, p: RecordParts, r?: RoundFacts): Planned[] {
  const round = requireRound(r);
  const t: TallyResult | null = round.tally;
  if (!t) throw new Error(`round ${round.roundId} has no stored tally`);
  const { session, sessionPlace } = recordedSession(ctx);
  const times = ctx.facts.rounds.find((x) => x.roundId === round.roundId);
  if (!times?.countStartedAt || !times.countedAt) {
    throw new DomainError(
      'RECORD_FACT_MISSING',
      `Vòng ${t.roundNumber} bỏ phiếu ${voteKindLabels[t.voteKind]} chưa có giờ kiểm phiếu.`,
    );
  }
  const { countStartedAt, countedAt } = times;
  const vote: Docs.RoundVote = {
    award: subjectOf(ctx, t.voteKind, t.seats),
    rows: t.candidates.map((c) => ({
      unit: p.unit(c.unitId),
      votes: c.votes,
      passed: t.electedIds.includes(c.unitId),
      resultLabel: c.resultLabel,
    })),
  };
  return [
    {
      recordType: 'tallyMinutes',
      series: 'BB',
      title: `Biên bản kiểm phiếu ${voteKindLabels[t.voteKind]} vòng ${t.roundNumber}`,
      fileBase: `bien-ban-kiem-phieu-${fileKind[t.voteKind]}-vong-${t.roundNumber}`,
      date: session.heldOn,
      final: true,
      build: (issue) =>
        docs.buildTallyMinutes({
          issuer: p.issuer,
          meta: { number: numbered(issue, 'Biên bản kiểm phiếu'), date: session.heldOn, place: sessionPlace },
          round: t.roundNumber,
          conference: p.conference,
          venue: session.venue,
          startTime: vietnamTime(countStartedAt),
          endTime: vietnamTime(countedAt),
          board: session.countingBoard.map((m) => ({
            person: { name: m.name, post: m.post },
            role: countingBoardRoleLabels[m.role],
          })),
          ...docs.tallyCounts(t),
          notReturned: round.notVoted.map(ctx.unitName),
          withdrawn:
            round.roundNumber === 1
              ? withdrawalsOf(ctx, round.voteKind).map(
                  (w) => `${ctx.unitName(w.unitId)} ${withdrawalText(w)}`,
                )
              : [],
          basis: basisOf(t),
          results: [vote],
          conclusion: [t.conclusion],
          ...(round.encrypted ? { encrypted: round.encrypted } : {}),
        }),
    },
  ];
}
