/**
 * Scale checks, run on demand (SCALE=1; a few minutes): a 30-unit cycle with three runoffs and 100
 * draft edits per unit stays far below Temporal's history limits (51,200 events, 50 MB), and 1,000
 * cycles wait at once on one worker. Numbers are printed for the record.
 */
import { saveScoreSheet, schema } from '@thidua/db';
import {
  allCriteria,
  copyTemplateForYear,
  demoConferenceSession,
  demoDataset,
  demoRuleSet,
  type RuleSet,
} from '@thidua/domain';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { executeStep, newUpdateId, queryCycle, type StepArgsOf, startCycle } from '../src/client';
import type { UpdateName } from '../src/cycle/messages';
import type { Actor } from '../src/cycle/types';
import { castAsApi } from './support/ballots';
import { calendarFromNow, SEEDED_RULE_SET, sheetAt } from './support/cycle-driver';
import { createHarness, eventually, type Harness } from './support/harness';

const enabled = Boolean(process.env.SCALE);
let h: Harness;
beforeAll(async () => {
  if (enabled) h = await createHarness('scale');
}, 600_000);
afterAll(async () => {
  await h?.close();
});

async function seedUnits(ids: string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    await h.api.db
      .insert(schema.units)
      .values(
        chunk.map((id) => ({ id, provinceId: 'p-backan', code: id.toUpperCase(), validFrom: '2008-01-01' })),
      );
    await h.api.db
      .insert(schema.unitNames)
      .values(chunk.map((id) => ({ unitId: id, name: `Đơn vị ${id}`, validFrom: '2008-01-01' })));
    // The head who signs the records when the unit leads its bloc.
    await h.api.db.insert(schema.officials).values(
      chunk.map((id) => ({
        position: 'unitHead' as const,
        unitId: id,
        fullName: 'Nguyễn Văn Hùng',
        title: `Giám đốc Đơn vị ${id}`,
        signatureTitle: 'GIÁM ĐỐC',
        validFrom: '2008-01-01',
      })),
    );
  }
}

describe.skipIf(!enabled)('scale', () => {
  test('30 units, 3 runoffs, 100 draft edits per unit: far below the history limits', {
    timeout: 900_000,
  }, async () => {
    const year = 2050;
    const units = Array.from({ length: 30 }, (_, i) => `u-s${String(i + 1).padStart(2, '0')}`);
    await seedUnits(units);
    const template = copyTemplateForYear(demoDataset.templates[2022], year);
    const base = demoRuleSet(year);
    // 40 % threshold: a 15 – 15 tie passes it, so the runoff repeats until someone wins.
    const ruleSet: RuleSet = {
      ...base,
      votes: {
        ...base.votes,
        certificateOfMerit: { ...base.votes.certificateOfMerit, threshold: { percent: 40, comparator: '>' } },
      },
    };
    const workflowId = `cycle:b-noichinh:${year}`;
    const head: Actor = { userId: 'scale-head', role: 'blocHead', blocId: 'b-noichinh' };
    const unitHead = (unitId: string): Actor => ({ userId: `scale-${unitId}`, role: 'unitHead', unitId });
    const step = async <N extends UpdateName>(name: N, args: Omit<StepArgsOf<N>, 'updateId'>) => {
      const r = await executeStep(h.client, workflowId, name, {
        ...args,
        updateId: newUpdateId(),
      } as StepArgsOf<N>);
      if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`);
      return r.value;
    };
    const vote = async (roundId: string, choice: (i: number) => string[]) => {
      for (const [i, unitId] of units.entries()) {
        // The actors of this file have no account: the audit row names the role only.
        const r = await castAsApi(h.api, {
          roundId,
          unitId,
          choices: { kind: 'choices', candidateIds: choice(i) },
          by: { userId: null, role: unitHead(unitId).role },
        });
        if (!r.ok) throw new Error(r.error.code);
      }
    };

    await h.withWorker(async () => {
      const started = await startCycle(
        h.client,
        {
          blocId: 'b-noichinh',
          provinceId: 'p-backan',
          year,
          units: units.map((id) => ({ id, code: id.toUpperCase(), name: `Đơn vị ${id}` })),
          leadership: { headUnitId: units[0] as string, deputyUnitId: units[1] as string },
          calendar: calendarFromNow(),
          ruleSetId: SEEDED_RULE_SET,
          scoringTemplate: template,
        },
        { taskQueue: h.taskQueue },
      );
      if (!started.ok) throw new Error(started.error.message);
      const handle = started.value;
      await eventually(async () => (await queryCycle(h.client, workflowId)).cycleId === workflowId);
      await step('adoptPlan', { actor: head, planTitle: 'Kế hoạch', ruleSet, scoringTemplate: template });
      await Promise.all(units.map((u) => step('signPact', { actor: unitHead(u), unitId: u })));
      await Promise.all(
        units.map((u) =>
          step('registerTargets', { actor: unitHead(u), unitId: u, targets: [{ title: 'Chỉ tiêu' }] }),
        ),
      );

      // 100 draft edits per unit go to PostgreSQL only (what the API does); the workflow never sees them.
      // Wait for the reminders of the new phase to settle, then count.
      const length = async () => (await handle.fetchHistory()).events?.length ?? 0;
      let before = await length();
      for (let stable = 0; stable < 3; ) {
        await new Promise((r) => setTimeout(r, 700));
        const now = await length();
        stable = now === before ? stable + 1 : 0;
        before = now;
      }
      const criteria = allCriteria(template);
      await Promise.all(
        units.map(async (unitId, u) => {
          for (let edit = 0; edit < 100; edit++) {
            const pct = 0.7 + ((edit + u) % 30) / 100;
            await h.api.db.transaction((tx) =>
              saveScoreSheet(tx, {
                cycleId: workflowId,
                unitId,
                template,
                sheet: {
                  unitId,
                  criteria: sheetAt(template, pct).criteria.slice(0, 1 + (edit % criteria.length)),
                },
              }),
            );
          }
        }),
      );
      const afterDrafts = await length();

      for (const [i, u] of units.entries()) {
        await step('signOffSelfAssessment', {
          actor: unitHead(u),
          unitId: u,
          sheet: sheetAt(template, 1 - i * 0.005),
        });
        await step('submitSelfAssessment', { actor: unitHead(u), unitId: u });
      }
      await step('lockScores', { actor: head });
      await step('recordAttendance', {
        actor: { userId: 'scale-sec', role: 'secretariat' },
        presentUnitIds: units,
        session: demoConferenceSession({
          presentUnitIds: units,
          headUnitId: units[0] as string,
        }),
      });

      const flag = await step('openRound', { actor: head, voteKind: 'provincialFlag' });
      await vote(flag.roundId, () => [units[0] as string]);
      await step('closeRound', { actor: head, roundId: flag.roundId });

      // Certificates: 3 seats; two win, two tie for the last seat, then three runoffs tie again.
      const cert = await step('openRound', { actor: head, voteKind: 'certificateOfMerit' });
      const [a, b, c, d] = cert.candidateUnitIds as [string, string, string, string];
      await vote(cert.roundId, (i) => [a, b, i % 2 === 0 ? c : d]);
      let closed = await step('closeRound', { actor: head, roundId: cert.roundId });
      let runoffs = 0;
      while (closed.outcome === 'runoff') {
        runoffs += 1;
        const roundId = closed.runoffRoundId as string;
        await vote(roundId, (i) => [runoffs < 4 ? (i % 2 === 0 ? c : d) : c]);
        closed = await step('closeRound', { actor: head, roundId });
      }
      expect(runoffs).toBe(4); // three tied runoffs, the fourth decides
      for (const kind of ['blocHead', 'blocDeputy'] as const) {
        const r = await step('openRound', { actor: head, voteKind: kind });
        await vote(r.roundId, () => [units[kind === 'blocHead' ? 1 : 2] as string]);
        await step('closeRound', { actor: head, roundId: r.roundId });
      }
      await step('confirmResults', { actor: head });

      const history = await handle.fetchHistory();
      const events = history.events?.length ?? 0;
      const bytes = Buffer.byteLength(JSON.stringify(history));
      console.log(
        `[scale] 30 units: ${events} events, ${(bytes / 1e6).toFixed(2)} MB; draft edits added ${afterDrafts - before} events`,
      );
      expect(afterDrafts - before).toBe(0);
      expect(events).toBeLessThan(51_200 / 5);
      expect(bytes).toBeLessThan(50e6 / 5);
      await handle.terminate('scale test done');
    });
  });

  test('1,000 cycles wait at once on one worker', { timeout: 900_000 }, async () => {
    const n = 1_000;
    const year = 2060;
    const blocs = Array.from({ length: n }, (_, i) => `b-scale-${String(i).padStart(4, '0')}`);
    const units = blocs.flatMap((b) => [`${b}-a`, `${b}-b`]);
    for (let i = 0; i < n; i += 500) {
      await h.api.db
        .insert(schema.blocs)
        .values(
          blocs.slice(i, i + 500).map((id) => ({ id, provinceId: 'p-backan', issuerCode: id.toUpperCase() })),
        );
    }
    await seedUnits(units);
    const t0 = Date.now();
    await h.withWorker(async () => {
      for (let i = 0; i < n; i += 50) {
        await Promise.all(
          blocs.slice(i, i + 50).map(async (blocId) => {
            const r = await startCycle(
              h.client,
              {
                blocId,
                provinceId: 'p-backan',
                year,
                units: [
                  { id: `${blocId}-a`, code: 'A', name: 'A' },
                  { id: `${blocId}-b`, code: 'B', name: 'B' },
                ],
                leadership: { headUnitId: `${blocId}-a`, deputyUnitId: `${blocId}-b` },
                calendar: calendarFromNow(),
                ruleSetId: SEEDED_RULE_SET,
              },
              { taskQueue: h.taskQueue },
            );
            if (!r.ok) throw new Error(r.error.message);
          }),
        );
      }
      await eventually(
        async () =>
          (
            (await h.api.db.execute(`select count(*)::int as n from cycles where year = ${year}`))
              .rows[0] as { n: number }
          ).n === n,
        300_000,
        1_000,
      );
      const started = Date.now() - t0;
      // Every cycle still answers (queries replay evicted ones from history).
      for (const blocId of [blocs[0], blocs[n / 2], blocs[n - 1]] as string[]) {
        expect((await queryCycle(h.client, `cycle:${blocId}:${year}`)).phase).toBe('setup');
      }
      console.log(
        `[scale] ${n} cycles started and initialised on one worker in ${(started / 1000).toFixed(1)} s`,
      );
      for (let i = 0; i < n; i += 100) {
        await Promise.all(
          blocs
            .slice(i, i + 100)
            .map((b) => h.client.workflow.getHandle(`cycle:${b}:${year}`).terminate('scale test done')),
        );
      }
    });
  });
});
