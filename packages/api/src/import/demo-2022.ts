/**
 * The demo bloc's 2022 year (Khối thi đua Nội chính, Bắc Kạn), entered from the demo dataset through
 * the live procedures (past-year.ts): each step as the user who took it, on the day of the year's
 * calendar it took place, up to the Chairman's decision and the year's close. Its records are the
 * live year's records, issued by the same activities from the same facts. Runs once: a year already
 * started is left as it is.
 */

import { getCycle } from '@thidua/db';
import {
  type Ballot,
  computeDemoCycle2022,
  type DemoDataset,
  demoConferenceSession,
  demoDataset,
  demoUserSlug,
  officialAt,
  type VoteKind,
  voteKinds,
} from '@thidua/domain';
import type { ApiServices } from '../trpc';
import { pastYearSession, refusalCode } from './past-year';

/** An instant in Vietnam (UTC+7) on a calendar date. */
const vn = (date: string, time: string) => `${date}T${time}:00+07:00`;

const unitHead = (unitId: string) => `${demoUserSlug(unitId)}.thutruong`;
const unitOfficer = (unitId: string) => `${demoUserSlug(unitId)}.canbo`;
const SECRETARIAT = 'bandtdkt.chuyenvien';
const COMMITTEE = 'ubnd.thamdinh';
const HEAD_2022 = 'noivu.truongkhoi';

/** A ballot as a delegate casts it: some candidates, or none (a torn paper is not entered). */
function asCast(ballot: Ballot): { kind: 'blank' } | { kind: 'choices'; candidateIds: string[] } {
  if (ballot.kind === 'blank') return { kind: 'blank' };
  if (ballot.kind === 'choices') return { kind: 'choices', candidateIds: [...ballot.candidateIds] };
  throw new Error('a spoiled paper ballot has no choices to enter');
}

/** When each vote was opened, cast and counted at the conference (the afternoon of its day). */
const ROUND_TIMES: Record<VoteKind, [open: string, cast: string, close: string]> = {
  provincialFlag: ['15:30', '15:35', '15:45'],
  certificateOfMerit: ['15:50', '15:55', '16:05'],
  blocHead: ['16:10', '16:12', '16:20'],
  blocDeputy: ['16:25', '16:27', '16:35'],
};

export async function importDemoYear2022(
  services: ApiServices,
  dataset: DemoDataset = demoDataset,
): Promise<{ imported: boolean }> {
  const { cycle, scoreSheets, conference, ballots, targets, decision } = dataset.cycle2022;
  const cal = cycle.calendar;
  const cycleId = cycle.id;
  const late = new Set(['u-cat']);
  const session = pastYearSession(services);
  const as = session.as;
  // Entered once: a year whose course has begun (this import, earlier) is not entered again.
  const seeded = await getCycle(services.db, cycleId);
  if (seeded?.phase !== 'setup') return { imported: false };

  try {
    await (await as(SECRETARIAT, vn('2022-02-10', '08:00'))).cycles.start({
      blocId: cycle.blocId,
      year: cycle.year,
      calendar: {
        registration: vn(cal.registrationDue, '23:59'),
        selfAssessment: vn(cal.selfAssessmentDue, '23:59'),
        reviewResponse: vn(cal.reviewDue, '23:59'),
        dossier: vn(cal.dossierDue, '23:59'),
      },
    });
  } catch (error) {
    if (refusalCode(error) === 'CYCLE_ALREADY_STARTED') return { imported: false };
    throw error;
  }

  // Setup and registration: the plan adopted, the pact signed on its day, each unit's targets.
  await (await as(HEAD_2022, vn('2022-02-15', '09:00'))).cycles.adoptPlan({
    cycleId,
    planTitle: `Kế hoạch công tác thi đua, khen thưởng năm ${cycle.year} của Khối thi đua Nội chính`,
  });
  for (const unitId of dataset.memberIds) {
    await (await as(unitHead(unitId), vn(cal.pactSigningDate, '09:30'))).registration.signPact({
      cycleId,
      unitId,
    });
  }
  for (const unitId of dataset.memberIds) {
    await (await as(unitHead(unitId), vn(cal.pactSigningDate, '10:00'))).registration.registerTargets({
      cycleId,
      unitId,
      targets: (targets[unitId] ?? []).map((title) => ({ title })),
    });
  }

  // Self-assessment: drafted, signed off and handed in; Công an tỉnh two days after the deadline.
  const dayOf = (unitId: string) => (late.has(unitId) ? '2022-12-12' : '2022-12-09');
  const handedIn = [...scoreSheets].sort((a, b) => dayOf(a.unitId).localeCompare(dayOf(b.unitId)));
  for (const [i, sheet] of handedIn.entries()) {
    const { unitId } = sheet;
    const day = dayOf(unitId);
    const minute = (m: number) => `09:${String(i * 5 + m).padStart(2, '0')}`;
    await (await as(unitOfficer(unitId), vn(day, minute(0)))).selfAssessment.saveDraft({
      cycleId,
      unitId,
      criteria: sheet.criteria.map((c) => ({
        criterionId: c.criterionId,
        selfScore: c.selfScore,
        ...(c.selfNote ? { selfNote: c.selfNote } : {}),
      })),
      bonuses: (sheet.bonuses ?? []).map((b) => ({ itemId: b.itemId, selfPoints: b.selfPoints })),
      penalties: (sheet.penalties ?? []).map((p) => ({ itemId: p.itemId, selfCount: p.selfCount })),
    });
    await (await as(unitHead(unitId), vn(day, minute(1)))).selfAssessment.signOff({ cycleId, unitId });
    await (await as(unitOfficer(unitId), vn(day, minute(2)))).selfAssessment.submit({ cycleId, unitId });
  }

  // Review: the head's changes, each with its reason, then the scores locked.
  for (const sheet of scoreSheets) {
    const criteria = sheet.criteria.flatMap((c) =>
      c.reviewedScore === undefined
        ? []
        : [{ criterionId: c.criterionId, reviewedScore: c.reviewedScore, reason: c.reviewReason }],
    );
    const bonuses = (sheet.bonuses ?? []).flatMap((b) =>
      b.reviewedPoints === undefined
        ? []
        : [{ itemId: b.itemId, reviewedPoints: b.reviewedPoints, reason: b.reviewReason }],
    );
    const penalties = (sheet.penalties ?? []).flatMap((p) =>
      p.reviewedCount === undefined
        ? []
        : [{ itemId: p.itemId, reviewedCount: p.reviewedCount, reason: p.reviewReason }],
    );
    if (criteria.length + bonuses.length + penalties.length === 0) continue;
    await (await as(HEAD_2022, vn('2022-12-20', '10:00'))).review.setScores({
      cycleId,
      unitId: sheet.unitId,
      criteria,
      bonuses,
      penalties,
    });
  }
  await (await as(HEAD_2022, vn(cal.reviewDue, '17:00'))).review.lock({ cycleId });

  // The conference: its session, then each vote with the ballots as received.
  const held = conference.date;
  const sessionFacts = {
    ...demoConferenceSession({
      presentUnitIds: conference.presentUnitIds,
      headUnitId: conference.chairUnitId,
      at: Date.parse(vn(held, conference.startTime)),
    }),
    venue: conference.venue,
  };
  await (await as(HEAD_2022, vn(held, '14:05'))).conference.recordAttendance({
    cycleId,
    presentUnitIds: [...conference.presentUnitIds],
    session: sessionFacts,
  });
  const expected = computeDemoCycle2022();
  for (const voteKind of voteKinds) {
    const [open, cast, close] = ROUND_TIMES[voteKind];
    const round = await (await as(HEAD_2022, vn(held, open))).conference.openRound({ cycleId, voteKind });
    // Ballots carry no voter: each present delegate put one of them in the box.
    for (const [i, choices] of ballots[voteKind].entries()) {
      const unitId = conference.presentUnitIds[i] as string;
      await (await as(unitHead(unitId), vn(held, cast))).conference.castBallot({
        roundId: round.roundId,
        unitId,
        choices: asCast(choices),
      });
    }
    const counted = await (await as(HEAD_2022, vn(held, close))).conference.closeRound({
      roundId: round.roundId,
    });
    const want = expected.tallies[voteKind].electedIds;
    if (counted.electedIds.join() !== want.join()) {
      throw new Error(`the demo ${voteKind} vote elected ${counted.electedIds} instead of ${want}`);
    }
  }
  await (await as(HEAD_2022, vn(held, '17:00'))).conference.confirmResults({ cycleId });

  // The dossier to the province, the committee's answer and the Chairman's decision.
  const head = await as(HEAD_2022, vn('2023-01-05', '09:00'));
  await session.whenReady(() => head.dossier.submit({ cycleId }), 'DOCUMENTS_NOT_READY');
  await (await as(COMMITTEE, vn('2023-02-08', '10:00'))).committee.accept({ cycleId });
  const { nominations } = await head.dossier.list({ cycleId });
  const signer = officialAt(
    dataset.officials,
    { position: 'committeeViceChair', orgId: dataset.bloc.provinceId, orgName: dataset.bloc.provinceId },
    decision.decisionDate,
  );
  await (await as(COMMITTEE, vn(decision.decisionDate, '15:00'))).committee.recordDecision({
    cycleId,
    number: decision.number,
    decisionDate: decision.decisionDate,
    signerName: signer.fullName,
    signerTitle: signer.title,
    awards: nominations.map((n) => ({ unitId: n.unitId, award: n.awardKind })),
  });
  // The year is over; 2023 is started on its own (from the web app, as the demo's walk-through does).
  await (await as(HEAD_2022, vn('2023-02-15', '09:00'))).cycles.close({ cycleId });
  return { imported: true };
}
