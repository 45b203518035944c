import { schema } from '@thidua/db';
import { demoRuleSet } from '@thidua/domain';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { executeStep, newUpdateId, toStepError } from '../src/client';
import { retiredUpdates } from '../src/cycle/messages';
import type { Actor } from '../src/cycle/types';
import { overdueKey } from '../src/search-attributes';
import { times } from './support/ballots';
import { CycleDriver, ruleSetOnBallotsReceived, sheetAt, UNITS } from './support/cycle-driver';
import { createHarness, eventually, type Harness } from './support/harness';
import { saveHistory } from './support/histories';

let h: Harness;
beforeAll(async () => {
  h = await createHarness('rules');
});
afterAll(async () => {
  await h?.close();
});

/** Sends the retired `recordBallotCast` Update, as a client of an earlier build would. */
async function retiredBallotUpdate(workflowId: string, actor: Actor, roundId: string) {
  const updateId = newUpdateId();
  const unitId = actor.unitId as string;
  try {
    await h.client.workflow.getHandle(workflowId).executeUpdate(retiredUpdates.recordBallotCast, {
      args: [{ actor, updateId, roundId, unitId }],
      updateId,
    });
  } catch (error) {
    return { ...toStepError(error), updateId };
  }
  throw new Error('the retired ballot Update was accepted');
}

const notificationsOf = (cycleId: string, kind: string) =>
  h.api.db
    .select()
    .from(schema.notifications)
    .where(and(eq(schema.notifications.cycleId, cycleId), eq(schema.notifications.kind, kind)));

// Independent cycles (one year each): they run side by side, each on a worker of the file's queue.
describe.concurrent('rules of the cycle', () => {
  describe('deadlines', () => {
    test('a late unit gets the penalty and the overdue mark; an extension moves only its deadline; a moved phase deadline moves the timer', async () => {
      const c = new CycleDriver(h, { year: 2031, reminderOffsetsMs: [1_500] });
      await h.withWorker(async () => {
        await c.start();
        await c.adoptAndSign();
        await c.registerAll();
        const phaseDue = (await c.state()).calendar.selfAssessment; // an hour away

        // The secretariat brings the phase deadline forward to 12 s from now: the timer follows.
        const movedTo = new Date(Date.now() + 12_000).toISOString();
        await c.step('moveDeadline', 'secretariat', {
          deadline: 'selfAssessment',
          at: movedTo,
          reason: 'Theo chỉ đạo của Ban Thi đua - Khen thưởng',
        });
        // The bloc head extends one unit's deadline: only that unit's moves.
        const extendedTo = new Date(Date.now() + 60_000).toISOString();
        await c.step('grantExtension', 'head', {
          unitId: 'u-qltt',
          until: extendedTo,
          reason: 'Đơn vị thay đổi thủ trưởng, xin gia hạn',
        });
        expect(
          (
            await c.refused('grantExtension', 'head', {
              unitId: 'u-qltt',
              until: extendedTo,
              reason: 'Lần hai',
            })
          ).code,
        ).toBe('EXTENSION_ALREADY_GRANTED');

        let s = await c.state();
        expect(s.calendar.selfAssessment).toBe(movedTo);
        expect(s.calendar.selfAssessment).not.toBe(phaseDue);
        for (const u of s.units)
          expect(u.deadlines.selfAssessment).toBe(u.id === 'u-qltt' ? extendedTo : movedTo);

        // Everyone but u-tand (late) and u-qltt (extended) hands in on time.
        await c.submitAll(UNITS.filter((u) => u !== 'u-tand' && u !== 'u-qltt'));

        expect(Date.now(), 'the on-time units handed in before the moved deadline').toBeLessThan(
          Date.parse(movedTo),
        );
        s = await eventually(async () => {
          const x = await c.state();
          return x.units.find((u) => u.id === 'u-tand')?.overdue.selfAssessment === true && x;
        }, 30_000);
        expect(Date.now()).toBeGreaterThanOrEqual(Date.parse(movedTo));
        expect(s.units.find((u) => u.id === 'u-qltt')?.overdue.selfAssessment).toBeFalsy();
        expect(s.units.filter((u) => u.overdue.selfAssessment).map((u) => u.id)).toEqual(['u-tand']);
        await eventually(
          async () => (await c.handle.describe()).typedSearchAttributes.get(overdueKey) === true,
        );

        // Reminder before the moved deadline, overdue notice, and the escalation to the bloc head.
        const cycleId = s.cycleId;
        // (the overdue projection lands just after the state changes)
        await eventually(async () => (await notificationsOf(cycleId, 'deadline.escalation')).length > 0);
        expect(
          (await notificationsOf(cycleId, 'deadline.reminder')).some((n) => n.scopeId === 'u-tand'),
        ).toBe(true);
        expect((await notificationsOf(cycleId, 'deadline.overdue')).map((n) => n.scopeId)).toEqual([
          'u-tand',
          'u-tand',
        ]);
        expect(
          (await notificationsOf(cycleId, 'deadline.escalation')).map((n) => [n.role, n.scopeId]),
        ).toEqual([['blocHead', 'b-noichinh']]);

        // The late submission gets the year's penalty (0.5 point per late report) and keeps the mark.
        const late = await c.submit('u-tand');
        expect(late).toMatchObject({ late: true, lateReports: 1 });
        const onTime = await c.submit('u-qltt');
        expect(onTime).toMatchObject({ late: false, lateReports: 0, phase: 'review' });
        s = await c.state();
        expect(s.units.find((u) => u.id === 'u-tand')).toMatchObject({
          late: true,
          latePenalty: 0.5,
          overdue: { selfAssessment: true },
        });
        await eventually(
          async () => (await c.handle.describe()).typedSearchAttributes.get(overdueKey) === false,
        );

        const [row] = await h.api.db
          .select()
          .from(schema.cycleUnitStatus)
          .where(
            and(eq(schema.cycleUnitStatus.cycleId, cycleId), eq(schema.cycleUnitStatus.unitId, 'u-tand')),
          );
        expect(row).toMatchObject({ overdue: true, latePenalty: 0.5 });
        expect(row?.steps.selfAssessment).toMatchObject({ state: 'submitted', late: true });

        // The penalty is in the ranking.
        const lock = await c.step('lockScores', 'head', {});
        const base = sheetAt(c.template, c.pctOf('u-tand')).criteria.reduce((sum, x) => sum + x.selfScore, 0);
        expect(lock.ranking.find((r) => r.unitId === 'u-tand')?.total).toBe(base - 0.5);
        await saveHistory(c.handle, 'deadlines-2031');
      });
    });
  });

  describe('conference', () => {
    test('quorum not met blocks the vote; a tie opens a runoff among the tied only; a missed threshold records no proposal', async () => {
      // The counts below are on the ballots received, as a bloc whose regulation says so.
      const c = new CycleDriver(h, {
        year: 2032,
        committee: { durationMs: 2_000 },
        ruleSet: ruleSetOnBallotsReceived(2032),
      });
      await h.withWorker(async () => {
        await c.start();
        await c.toConference();

        // 5 of 9 present: below the 2/3 quorum of the rule set.
        expect((await c.attendance(UNITS.slice(0, 5))).quorumMet).toBe(false);
        expect((await c.refused('openRound', 'head', { voteKind: 'provincialFlag' })).code).toBe(
          'QUORUM_NOT_MET',
        );
        const present = UNITS.filter((u) => u !== 'u-qltt');
        expect((await c.attendance(present)).quorumMet).toBe(true);

        // Flag: 4 – 4 between Sở Nội vụ and Sở Tư pháp: 50 % is not "more than 50 %" → no proposal.
        const flag = await c.open('provincialFlag');
        const absent = await c.cast(flag.roundId, 'u-qltt', ['u-snv']);
        expect(absent).toMatchObject({ ok: false, error: { code: 'NOT_PRESENT' } });
        await c.vote(
          flag.roundId,
          Object.fromEntries(present.map((u, i) => [u, [i % 2 === 0 ? 'u-snv' : 'u-stp']])),
        );
        const missed = await c.close(flag.roundId);
        expect(missed).toMatchObject({ outcome: 'noProposal', electedIds: [], tiedIds: [] });
        let s = await c.state();
        const flagRound = s.rounds.find((r) => r.id === flag.roundId);
        expect(flagRound?.result?.votes.find((v) => v.unitId === 'u-snv')).toMatchObject({
          votes: 4,
          percentHundredths: 5000,
          passed: false,
        });
        expect(s.votes.provincialFlag.status).toBe('noProposal');
        expect((await c.refused('openRound', 'head', { voteKind: 'provincialFlag' })).code).toBe(
          'VOTE_ALREADY_DECIDED',
        );
        // The refused absent ballot left nothing: 8 ballots, 8 receipts.
        const counts = await h.api.db.execute(
          sql`select (select count(*) from ballots where round_id = ${flag.roundId})::int as b, (select count(*) from ballot_receipts where round_id = ${flag.roundId})::int as r`,
        );
        expect(counts.rows[0]).toEqual({ b: 8, r: 8 });

        // Certificates, 3 seats: Sở Tư pháp 8, Thanh tra 6, then Bộ CHQS and Công an tie at 5 (62,5 %)
        // for the last seat → a runoff between those two only, for one seat.
        const cert = await c.open('certificateOfMerit');
        const pairs = [
          ...times(3, ['u-ttt', 'u-bchqs']),
          ...times(3, ['u-ttt', 'u-cat']),
          ...times(2, ['u-bchqs', 'u-cat']),
        ];
        await c.voteInOrder(
          cert.roundId,
          present,
          pairs.map((p) => ['u-stp', ...p]),
        );
        const tie = await c.close(cert.roundId);
        expect(tie).toMatchObject({ outcome: 'runoff', electedIds: ['u-stp', 'u-ttt'] });
        expect([...tie.tiedIds].sort()).toEqual(['u-bchqs', 'u-cat']);
        s = await c.state();
        const runoff = s.rounds.find((r) => r.id === tie.runoffRoundId);
        expect(runoff).toMatchObject({
          number: 2,
          parentId: cert.roundId,
          seats: 1,
          maxChoices: 1,
          status: 'open',
        });
        expect(runoff?.candidates.map((x) => x.unitId).sort()).toEqual(['u-bchqs', 'u-cat']);

        // A vote for a unit outside the runoff list is refused up front; then Bộ CHQS wins 5 – 3.
        expect(await c.cast(tie.runoffRoundId as string, 'u-ttt', ['u-ttt'])).toMatchObject({
          ok: false,
          error: { code: 'BALLOT_OFF_LIST' },
        });
        await c.vote(
          tie.runoffRoundId as string,
          Object.fromEntries(present.map((u, i) => [u, [i < 5 ? 'u-bchqs' : 'u-cat']])),
        );
        expect(await c.close(tie.runoffRoundId as string)).toMatchObject({
          outcome: 'decided',
          electedIds: ['u-bchqs'],
        });
        s = await c.state();
        expect(s.votes.certificateOfMerit).toMatchObject({
          status: 'decided',
          elected: ['u-stp', 'u-ttt', 'u-bchqs'],
        });

        // Vụ VKSND, present, casts no ballot for the leadership: the tally names it, from the receipts.
        await c.electLeaders(
          'u-cat',
          'u-tand',
          present.filter((u) => u !== 'u-vksnd'),
        );
        s = await c.state();
        const head = s.rounds.find((r) => r.kind === 'blocHead');
        expect(head?.result?.missingVoters).toEqual(['u-vksnd']);
        expect([...(head?.voters ?? [])].sort()).toEqual(present.filter((u) => u !== 'u-vksnd').sort());
        // Every round's voters are its receipts.
        for (const round of s.rounds.filter((r) => r.status === 'closed')) {
          const receipts = await h.api.db
            .select({ unitId: schema.ballotReceipts.unitId })
            .from(schema.ballotReceipts)
            .where(eq(schema.ballotReceipts.roundId, round.id));
          expect([...round.voters].sort(), round.id).toEqual(receipts.map((r) => r.unitId).sort());
        }
        await c.step('confirmResults', 'head', {});
        s = await c.state();
        expect(s.nominations.map((n) => [n.award, n.unitId])).toEqual([
          ['certificateOfMerit', 'u-stp'],
          ['certificateOfMerit', 'u-ttt'],
          ['certificateOfMerit', 'u-bchqs'],
        ]);
        expect(s.phase).toBe('dossier');

        // The committee's processing clock starts at submission and escalates when it runs out.
        await eventually(async () => (await c.state()).dossier.status === 'ready', 30_000);
        await c.step('submitProposal', 'head', {});
        s = await eventually(async () => {
          const x = await c.state();
          return x.committee.overdue && x;
        });
        expect(s.phase).toBe('committeeReview');
        expect(s.committee.periods).toHaveLength(1);
        await eventually(
          async () => (await c.handle.describe()).typedSearchAttributes.get(overdueKey) === true,
        );
        const overdue = await eventually(async () => {
          const rows = await notificationsOf(s.cycleId, 'committee.overdue');
          return rows.length === 3 && rows;
        });
        expect(overdue.map((n) => n.role).sort()).toEqual(['blocHead', 'committeeReviewer', 'secretariat']);
        await saveHistory(c.handle, 'conference-2032');
      });
    });
  });

  describe('tie policy', () => {
    test('with "chair decides", a boundary tie waits for the chair, who picks among the tied only', async () => {
      const base = demoRuleSet(2034);
      const ruleSet = {
        ...base,
        votes: {
          ...base.votes,
          certificateOfMerit: { ...base.votes.certificateOfMerit, tiePolicy: 'chairDecides' as const },
        },
      };
      const c = new CycleDriver(h, { year: 2034, ruleSet });
      await h.withWorker(async () => {
        await c.start();
        await c.toConference();
        await c.attendance();
        const cert = await c.open('certificateOfMerit');
        // Sở Tư pháp 9, Thanh tra 7, Bộ CHQS and Công an 5 each (55,56 %) for the last seat.
        const pairs = [
          ...times(3, ['u-ttt', 'u-bchqs']),
          ...times(3, ['u-ttt', 'u-cat']),
          ['u-ttt', 'u-bchqs'],
          ['u-bchqs', 'u-cat'],
          ['u-snv', 'u-cat'],
        ];
        await c.voteInOrder(
          cert.roundId,
          UNITS,
          pairs.map((p) => ['u-stp', ...p]),
        );
        const tie = await c.close(cert.roundId);
        expect(tie).toMatchObject({ outcome: 'chairDecides', electedIds: ['u-stp', 'u-ttt'] });
        expect(tie.runoffRoundId).toBeUndefined();
        expect((await c.state()).votes.certificateOfMerit.status).toBe('awaitingChair');
        expect(
          (await c.refused('decideTie', 'head', { roundId: cert.roundId, chosenUnitIds: ['u-snv'] })).code,
        ).toBe('INVALID_INPUT');
        expect(
          (await c.refused('decideTie', 'deputy', { roundId: cert.roundId, chosenUnitIds: ['u-cat'] })).code,
        ).toBe('FORBIDDEN_ROLE');
        await c.step('decideTie', 'head', { roundId: cert.roundId, chosenUnitIds: ['u-cat'] });
        expect((await c.state()).votes.certificateOfMerit).toMatchObject({
          status: 'decided',
          elected: ['u-stp', 'u-ttt', 'u-cat'],
        });
      });
    });
  });

  describe('refused steps', () => {
    test('each refusal carries its code, and the history keeps no trace of it', async () => {
      const c = new CycleDriver(h, { year: 2033 });
      await h.withWorker(async () => {
        await c.start();
        await eventually(async () => (await c.state()).phase === 'setup');
        const refusals: { code: string; updateId: string }[] = [];
        const refuse = async (p: Promise<{ code: string; updateId: string }>, code: string) => {
          const r = await p;
          expect(r.code).toBe(code);
          refusals.push(r);
        };

        await refuse(
          c.refused('submitSelfAssessment', { unitOfficer: 'u-snv' }, { unitId: 'u-snv' }),
          'WRONG_PHASE',
        );
        await refuse(
          c.refused(
            'adoptPlan',
            { unitOfficer: 'u-snv' },
            { planTitle: 'x', ruleSet: c.ruleSet, scoringTemplate: c.template },
          ),
          'FORBIDDEN_ROLE',
        );
        await refuse(c.refused('signPact', { unitHead: 'u-snv' }, { unitId: 'u-stp' }), 'OUT_OF_SCOPE');
        await refuse(c.refused('signPact', { unitHead: 'u-snv' }, { unitId: 'u-snv' }), 'PLAN_NOT_ADOPTED');
        const otherBloc = { ...c.actor('head'), blocId: 'b-vanhoa' };
        const stranger = await executeStep(h.client, c.workflowId, 'adoptPlan', {
          actor: otherBloc,
          updateId: newUpdateId(),
          planTitle: 'x',
          ruleSet: c.ruleSet,
          scoringTemplate: c.template,
        });
        expect(stranger).toMatchObject({ ok: false, error: { code: 'OUT_OF_SCOPE' } });
        await refuse(
          c.refused('adoptPlan', 'head', {
            planTitle: 'x',
            ruleSet: { ...c.ruleSet, year: 2030 },
            scoringTemplate: c.template,
          }),
          'RULESET_INVALID',
        );

        // The same update id twice is one step (answered from the first run), not ALREADY_SIGNED.
        await c.step('adoptPlan', 'head', {
          planTitle: 'Kế hoạch 2033',
          ruleSet: c.ruleSet,
          scoringTemplate: c.template,
        });
        const once = newUpdateId();
        const first = await c.step('signPact', { unitHead: 'u-snv' }, { unitId: 'u-snv', updateId: once });
        expect(await c.step('signPact', { unitHead: 'u-snv' }, { unitId: 'u-snv', updateId: once })).toEqual(
          first,
        );
        await refuse(c.refused('signPact', { unitHead: 'u-snv' }, { unitId: 'u-snv' }), 'ALREADY_SIGNED');
        await Promise.all(
          UNITS.filter((u) => u !== 'u-snv').map((u) => c.step('signPact', { unitHead: u }, { unitId: u })),
        );
        await c.registerAll();

        await refuse(
          c.refused('submitSelfAssessment', { unitOfficer: 'u-snv' }, { unitId: 'u-snv' }),
          'NOT_SIGNED_OFF',
        );
        const tooHigh = {
          criteria: sheetAt(c.template, 1).criteria.map((x) =>
            x.criterionId === 'c1.1' ? { ...x, selfScore: 31 } : x,
          ),
        };
        await refuse(
          c.refused('signOffSelfAssessment', { unitHead: 'u-snv' }, { unitId: 'u-snv', sheet: tooHigh }),
          'SCORE_OUT_OF_RANGE',
        );
        await refuse(
          c.refused(
            'signOffSelfAssessment',
            { unitOfficer: 'u-snv' },
            { unitId: 'u-snv', sheet: sheetAt(c.template, 1) },
          ),
          'FORBIDDEN_ROLE',
        );
        await c.submitAll();
        await refuse(
          c.refused('reviewScores', 'deputy', {
            unitId: 'u-stp',
            criteria: [{ criterionId: 'c1.1', reviewedScore: 20 }],
          }),
          'REVIEW_REASON_REQUIRED',
        );
        await c.step('lockScores', 'head', {});
        await c.attendance();
        const flag = await c.open('provincialFlag');
        expect((await c.cast(flag.roundId, 'u-snv', ['u-snv'])).ok).toBe(true);

        // A second ballot: refused by the ballot box, the only place a ballot is accepted.
        expect(await c.cast(flag.roundId, 'u-snv', ['u-stp'])).toMatchObject({
          ok: false,
          error: { code: 'ALREADY_VOTED' },
        });
        // The retired ballot Update is refused to any caller (it stays registered for old histories).
        await refuse(
          retiredBallotUpdate(c.workflowId, c.actor({ unitHead: 'u-stp' }), flag.roundId),
          'INVALID_INPUT',
        );
        // The next vote waits for this one's result (its candidates depend on who is elected).
        await refuse(
          c.refused('openRound', 'head', { voteKind: 'certificateOfMerit' }),
          'ROUND_ALREADY_OPEN',
        );
        await c.vote(
          flag.roundId,
          Object.fromEntries(UNITS.filter((u) => u !== 'u-snv').map((u) => [u, ['u-snv']])),
        );
        await c.close(flag.roundId);

        // A vote after the round closed.
        expect(await c.cast(flag.roundId, 'u-stp', ['u-snv'])).toMatchObject({
          ok: false,
          error: { code: 'ROUND_CLOSED' },
        });
        await refuse(c.refused('closeRound', 'head', { roundId: flag.roundId }), 'ROUND_CLOSED');
        const cert = await c.open('certificateOfMerit');
        await c.vote(
          cert.roundId,
          Object.fromEntries(UNITS.filter((u) => u !== 'u-qltt').map((u) => [u, ['u-stp']])),
        );
        // Present, Cục QLTT did not vote: the count refuses a close that does not name it (a failed
        // Update, not a validator's refusal: who voted is known under the round's lock only).
        expect((await c.refused('closeRound', 'head', { roundId: cert.roundId })).code).toBe(
          'NON_VOTERS_UNCONFIRMED',
        );
        await c.close(cert.roundId, ['u-qltt']);
        await refuse(
          retiredBallotUpdate(c.workflowId, c.actor({ unitOfficer: 'u-qltt' }), cert.roundId),
          'INVALID_INPUT',
        );
        expect(await c.cast(cert.roundId, 'u-qltt', ['u-ttt'])).toMatchObject({
          ok: false,
          error: { code: 'ROUND_CLOSED' },
        });
        await refuse(c.refused('confirmResults', 'head', {}), 'RESULTS_PENDING');

        // No trace: no event of the history mentions a refused update id, and nothing was rejected in it.
        const history = await c.historyJson();
        for (const r of refusals) expect(history, `${r.code} ${r.updateId}`).not.toContain(r.updateId);
        expect(history).not.toMatch(/UPDATE_REJECTED|updateRejected/i);
        expect(refusals.length).toBeGreaterThanOrEqual(14);

        // The refused ballots left nothing either: 9 in the flag urn, 8 in the certificate urn.
        const ballots = await h.api.db.execute(
          sql`select (select count(*) from ballots where round_id = ${flag.roundId})::int as flag, (select count(*) from ballots where round_id = ${cert.roundId})::int as cert`,
        );
        expect(ballots.rows[0]).toEqual({ flag: 9, cert: 8 });
      });
    });
  });
});
