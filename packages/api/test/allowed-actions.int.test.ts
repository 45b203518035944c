/**
 * Parity of the screens and the server: at every phase of a real year (real PostgreSQL and Temporal),
 * for every step × role × scope (own unit, another unit of the bloc, another bloc or province), the
 * step is in the user's `allowedActions` exactly when the server accepts it. The server runs with
 * `probeSteps`: each call goes through the gate, the scope check, the service and — for workflow
 * steps — the workflow's validator, and answers PROBE_ACCEPTED instead of performing the step.
 */
import { cycles, nominations } from '@thidua/db/schema';
import {
  demoConferenceSession,
  type Phase,
  type Role,
  type StepName,
  stepNames,
  steps,
  vietnamDate,
} from '@thidua/domain';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { CycleDriver, UNITS } from '../../workflows/test/support/cycle-driver';
import type { Grant } from '../src/auth/principal';
import { callerFor, callPath, syntheticPrincipal } from './helpers/callers';
import { drivenYearsOfFile } from './helpers/driven-year';
import { codeOf } from './helpers/errors';
import { BLOC, PROVINCE } from './helpers/fixtures';
import { encryptedSamples } from './helpers/samples';
import { waitFor } from './helpers/wait';

// A year of its own: the tests share one Temporal namespace, where a workflow id is unique.
const YEAR = 2081;
const OWN = 'u-snv';
const OTHER = 'u-stp';

/** Refusals that mean "not this user, not now" (anything else would be a content refusal). */
const accessCodes = new Set([
  'FORBIDDEN_ROLE',
  'OUT_OF_SCOPE',
  'NOT_A_MEMBER',
  'WRONG_PHASE',
  'CYCLE_NOT_STARTED',
  'CYCLE_ALREADY_STARTED',
]);

interface Variant {
  name: string;
  role: Role;
  grant: Grant;
  /** The unit a unit role of this bloc acts for (its own). */
  unitId?: string;
}

function variants(): Variant[] {
  const unit = (role: Role, unitId: string, blocId: string, provinceId: string): Grant => ({
    role,
    scopeKind: 'unit',
    unitId,
    provinceId,
    unitBlocs: [{ blocId, year: YEAR }],
  });
  const list: Variant[] = [];
  for (const role of ['unitOfficer', 'unitHead'] as const) {
    list.push({ name: `${role} of ${OWN}`, role, unitId: OWN, grant: unit(role, OWN, BLOC, PROVINCE) });
    // A unit of another bloc and province, calling for this year's unit: refused whatever the step.
    list.push({
      name: `${role} elsewhere`,
      role,
      grant: unit(role, 'u-elsewhere', 'b-elsewhere', 'p-elsewhere'),
    });
  }
  for (const role of ['blocHead', 'blocDeputy'] as const) {
    list.push({
      name: `${role} here`,
      role,
      grant: { role, scopeKind: 'bloc', blocId: BLOC, provinceId: PROVINCE, year: YEAR },
    });
    list.push({
      name: `${role} elsewhere`,
      role,
      grant: { role, scopeKind: 'bloc', blocId: 'b-elsewhere', provinceId: 'p-elsewhere', year: YEAR },
    });
  }
  // A bloc role is held for one year: last year's head has no say in this one.
  list.push({
    name: 'blocHead of last year',
    role: 'blocHead',
    grant: { role: 'blocHead', scopeKind: 'bloc', blocId: BLOC, provinceId: PROVINCE, year: YEAR - 1 },
  });
  for (const role of ['secretariat', 'committeeReviewer'] as const) {
    list.push({ name: `${role} here`, role, grant: { role, scopeKind: 'province', provinceId: PROVINCE } });
    list.push({
      name: `${role} elsewhere`,
      role,
      grant: { role, scopeKind: 'province', provinceId: 'p-elsewhere' },
    });
  }
  list.push({ name: 'admin', role: 'admin', grant: { role: 'admin', scopeKind: 'global' } });
  return list;
}

interface Targets {
  cycleId: string;
  roundId?: string;
  nominationId?: string;
}

const calendar = {
  registration: '2035-03-15T16:59:00Z',
  selfAssessment: '2035-12-08T16:59:00Z',
  reviewResponse: '2035-12-20T16:59:00Z',
  dossier: '2036-01-10T16:59:00Z',
};

/** A valid input for each step's procedure, acting on `unitId`; undefined when its target does not exist yet. */
function inputOf(step: StepName, t: Targets, unitId: string): unknown {
  const cycleUnit = { cycleId: t.cycleId, unitId };
  switch (step) {
    case 'startCycle':
      return { blocId: BLOC, year: YEAR, calendar };
    case 'adoptPlan':
      return { cycleId: t.cycleId, planTitle: 'Kế hoạch thi đua' };
    case 'advancePhase':
      return { cycleId: t.cycleId, from: 'registration', reason: 'Hết hạn' };
    case 'closeCycle':
    case 'lockScores':
    case 'confirmResults':
    case 'submitProposal':
    case 'regenerateDossier':
    case 'acceptProposal':
      return { cycleId: t.cycleId };
    case 'signPact':
    case 'signOffSelfAssessment':
    case 'submitSelfAssessment':
    case 'reviewScores':
      return cycleUnit;
    case 'registerTargets':
      return { ...cycleUnit, targets: [{ title: 'Chỉ tiêu' }] };
    case 'grantExtension':
      return { ...cycleUnit, until: calendar.selfAssessment, reason: 'Lý do' };
    case 'moveDeadline':
      return { cycleId: t.cycleId, deadline: 'dossier', at: calendar.dossier, reason: 'Lý do' };
    case 'saveDraft':
      return { ...cycleUnit, criteria: [] };
    case 'uploadEvidence':
    case 'deleteEvidence':
      return undefined;
    case 'respondToReview':
      return { ...cycleUnit, body: 'Giải trình' };
    case 'returnSelfAssessment':
      return { ...cycleUnit, reason: 'Bổ sung' };
    case 'recordAttendance':
      return {
        cycleId: t.cycleId,
        presentUnitIds: [...UNITS],
        session: demoConferenceSession({ presentUnitIds: UNITS, headUnitId: 'u-ttt' }),
      };
    case 'openRound':
      return { cycleId: t.cycleId, voteKind: 'provincialFlag' };
    case 'withdrawCandidacy':
      return {
        ...cycleUnit,
        voteKind: 'certificateOfMerit',
        reason: 'Đơn vị xin rút',
        letterNumber: '15/CV-SNV',
        letterDate: vietnamDate(Date.now()),
      };
    case 'recordEligibilityCase':
      return {
        ...cycleUnit,
        code: 'investigationOnViolationSigns',
        reason: 'Đang thanh tra',
        documentRef: 'Quyết định số 12/QĐ-TTr',
      };
    case 'clearEligibilityCase':
      return {
        ...cycleUnit,
        caseId: `${t.cycleId}:case:1`,
        clearedOn: vietnamDate(Date.now()),
        note: 'Kết luận thanh tra',
      };
    case 'proposeRevocation':
      return {
        ...cycleUnit,
        award: 'provincialFlag',
        caseId: `${t.cycleId}:case:1`,
        reason: 'Vụ việc phát hiện sau khi có quyết định khen thưởng',
      };
    case 'castBallot':
      return t.roundId ? { roundId: t.roundId, unitId, choices: { kind: 'blank' } } : undefined;
    case 'closeRound':
      // The chair names the present units that have not voted (none has, while the walk probes).
      return t.roundId ? { roundId: t.roundId, notVotedUnitIds: [...UNITS] } : undefined;
    case 'decideTie':
      return t.roundId ? { roundId: t.roundId, chosenUnitIds: [OWN] } : undefined;
    case 'registerKeyShare':
      return t.roundId
        ? { roundId: t.roundId, unitId, registration: encryptedSamples.registration }
        : undefined;
    case 'submitPartialDecryption':
      return t.roundId ? { roundId: t.roundId, unitId, partial: encryptedSamples.partial } : undefined;
    case 'returnProposal':
      return { cycleId: t.cycleId, reason: 'Thiếu hồ sơ' };
    case 'cutNomination':
      return t.nominationId ? { nominationId: t.nominationId, reason: 'Không đủ điều kiện' } : undefined;
    case 'recordDecision':
      return {
        cycleId: t.cycleId,
        number: '12/QĐ-UBND',
        decisionDate: vietnamDate(Date.now()),
        signerName: 'Nguyễn Văn A',
        signerTitle: 'Chủ tịch',
        awards: [],
      };
  }
}

const years = drivenYearsOfFile('thidua_api_parity', { probeSteps: true });
let userId: string;

beforeAll(() => {
  userId = years.harness.users.get('admin') as string;
});

const outcome = (call: Promise<unknown>) =>
  call.then(
    () => 'performed',
    (error: unknown) => codeOf(error),
  );

/** Walks every step × variant at the current phase; returns how many pairs were compared. */
async function walk(phase: Phase, targets: Targets): Promise<number> {
  await waitFor(
    async () => (await years.database.db.select().from(cycles).where(eq(cycles.id, targets.cycleId)))[0],
    (row) => row?.phase === phase && row.startedAt !== null,
  );
  const mismatches: string[] = [];
  let compared = 0;
  for (const variant of variants()) {
    const caller = callerFor(years.services, syntheticPrincipal(userId, [variant.grant]));
    const view = await caller.cycles.get({ cycleId: targets.cycleId }).catch(() => undefined);
    const offered = new Set<string>(view?.allowedActions ?? []);
    for (const step of stepNames) {
      const own = variant.unitId ?? OWN;
      const input = inputOf(step, targets, own);
      if (step === 'uploadEvidence' || step === 'deleteEvidence') {
        // A multipart HTTP route, and a file no walk has uploaded (their own tests call them): the
        // same declaration and check as the draft.
        if (offered.has(step) !== offered.has('saveDraft'))
          mismatches.push(`${phase} ${variant.name} ${step}`);
        continue;
      }
      if (input === undefined) {
        // Nothing to act on yet: the screen must not offer it either.
        if (offered.has(step)) mismatches.push(`${phase} ${variant.name} ${step}: offered without a target`);
        continue;
      }
      const answer = await outcome(callPath(caller, steps[step].procedure, input));
      compared += 1;
      if (answer === 'performed')
        mismatches.push(`${phase} ${variant.name} ${step}: performed during a probe`);
      else if (offered.has(step) && answer !== 'PROBE_ACCEPTED') {
        mismatches.push(`${phase} ${variant.name} ${step}: offered, server answers ${answer}`);
      } else if (!offered.has(step) && !accessCodes.has(answer)) {
        mismatches.push(`${phase} ${variant.name} ${step}: not offered, server answers ${answer}`);
      }
      // A unit role never acts for another unit of its bloc, offered or not.
      if (variant.unitId === OWN && steps[step].target === 'unit') {
        const other = await outcome(callPath(caller, steps[step].procedure, inputOf(step, targets, OTHER)));
        compared += 1;
        if (!accessCodes.has(other))
          mismatches.push(`${phase} ${variant.name} ${step} for ${OTHER}: ${other}`);
      }
    }
  }
  expect(mismatches).toEqual([]);
  return compared;
}

describe.sequential('allowedActions offers a step exactly when the server accepts it', () => {
  let c: CycleDriver;
  const targets: Targets = { cycleId: '' };
  const offeredTo = async (grant: Grant) =>
    (
      await callerFor(years.services, syntheticPrincipal(userId, [grant])).cycles.get({
        cycleId: targets.cycleId,
      })
    ).allowedActions;
  let total = 0;

  test('setup, registration, self-assessment and review', async () => {
    c = await new CycleDriver(years.harness, { year: YEAR }).start();
    targets.cycleId = (await c.state()).cycleId;
    total += await walk('setup', targets);
    await c.adoptAndSign();
    total += await walk('registration', targets);
    await c.registerAll();
    total += await walk('selfAssessment', targets);
    // The secretariat moves deadlines and records cases but is never offered a unit's extension;
    // the bloc head is.
    expect(await offeredTo({ role: 'secretariat', scopeKind: 'province', provinceId: PROVINCE })).toEqual([
      'moveDeadline',
      'recordEligibilityCase',
      'clearEligibilityCase',
    ]);
    expect(
      await offeredTo({
        role: 'blocHead',
        scopeKind: 'bloc',
        blocId: BLOC,
        provinceId: PROVINCE,
        year: YEAR,
      }),
    ).toContain('grantExtension');
    await c.submitAll();
    total += await walk('review', targets);
  });

  test('the conference, with a round open', async () => {
    await c.step('lockScores', 'head', {});
    await c.attendance();
    const flag = await c.open('provincialFlag');
    targets.roundId = flag.roundId;
    total += await walk('conference', targets);
    await c.vote(flag.roundId, Object.fromEntries(UNITS.map((u) => [u, [OWN]])));
    await c.close(flag.roundId);
    const cert = await c.open('certificateOfMerit');
    await c.vote(cert.roundId, Object.fromEntries(UNITS.map((u) => [u, [OTHER, 'u-ttt']])));
    await c.close(cert.roundId);
    await c.electLeaders('u-cat', 'u-tand');
    await c.step('confirmResults', 'head', {});
  });

  test('the dossier, the committee, the decision and the close', async () => {
    await waitFor(
      async () => (await c.state()).dossier.status,
      (status) => status === 'ready',
      60_000,
    );
    total += await walk('dossier', targets);
    await c.step('submitProposal', 'head', {});
    const [nomination] = await years.database.db
      .select({ id: nominations.id })
      .from(nominations)
      .where(eq(nominations.cycleId, targets.cycleId));
    targets.nominationId = nomination?.id;
    expect(targets.nominationId).toBeDefined();
    total += await walk('committeeReview', targets);
    await c.step('acceptProposal', 'committee', {});
    const { nominations: nominated } = await c.state();
    await c.decide(`${YEAR % 100}/QĐ-UBND`, Object.fromEntries(nominated.map((n) => [n.unitId, n.award])), {
      signerName: 'Nguyễn Văn A',
      signerTitle: 'Chủ tịch UBND tỉnh',
    });
    total += await walk('decided', targets);
    await c.step('closeCycle', 'head', {});
    total += await walk('closed', targets);
    // Every step, every variant, every phase: a few thousand comparisons, none skipped silently.
    expect(total).toBeGreaterThan(9 * variants().length * (stepNames.length - 6));
  });
});
