import { describe, expect, test } from 'vitest';
import { roles } from '../org/roles';
import { allowedSteps, type CycleAccessFacts, stepRefusal } from './access';
import { auditActionLabels } from './audit';
import { phases } from './phases';
import { stepNames, steps } from './steps';

const year: CycleAccessFacts = {
  phase: 'review',
  blocId: 'b-1',
  provinceId: 'p-1',
  memberUnitIds: ['u-1', 'u-2'],
};

describe('the step registry', () => {
  test('declares each step once, with one procedure, known phases and roles, and a labelled audit action', () => {
    const procedures = stepNames.map((name) => steps[name].procedure);
    expect(new Set(procedures).size).toBe(procedures.length);
    for (const name of stepNames) {
      const step = steps[name];
      expect(step.phases.length, name).toBeGreaterThan(0);
      for (const phase of step.phases) expect(phases, name).toContain(phase);
      for (const role of step.roles) expect(roles, name).toContain(role);
      expect(auditActionLabels[step.audit], name).toBeTruthy();
    }
  });

  test('a unit role acts for its own member unit only', () => {
    const head = { role: 'unitHead' as const, unitId: 'u-1', provinceId: 'p-1' };
    expect(stepRefusal('respondToReview', head, year, { unitId: 'u-1' })).toBeUndefined();
    expect(stepRefusal('respondToReview', head, year, { unitId: 'u-2' })?.code).toBe('OUT_OF_SCOPE');
    expect(stepRefusal('respondToReview', { ...head, unitId: 'u-9' }, year)?.code).toBe('NOT_A_MEMBER');
  });

  test('a bloc role acts in its bloc only; a deputy may review but not lock', () => {
    const deputy = { role: 'blocDeputy' as const, blocId: 'b-1', provinceId: 'p-1' };
    expect(stepRefusal('reviewScores', deputy, year)).toBeUndefined();
    expect(stepRefusal('lockScores', deputy, year)?.code).toBe('FORBIDDEN_ROLE');
    expect(stepRefusal('reviewScores', { ...deputy, blocId: 'b-2' }, year)?.code).toBe('OUT_OF_SCOPE');
  });

  test('the phase and the start are checked after role and scope', () => {
    const head = { role: 'blocHead' as const, blocId: 'b-1', provinceId: 'p-1' };
    expect(stepRefusal('openRound', head, year)?.code).toBe('WRONG_PHASE');
    expect(stepRefusal('lockScores', head, { ...year, started: false })?.code).toBe('CYCLE_NOT_STARTED');
    const secretariat = { role: 'secretariat' as const, provinceId: 'p-1' };
    expect(
      stepRefusal('startCycle', secretariat, { ...year, phase: 'setup', started: false }),
    ).toBeUndefined();
    expect(stepRefusal('startCycle', secretariat, { ...year, phase: 'setup' })?.code).toBe(
      'CYCLE_ALREADY_STARTED',
    );
  });

  test('the secretariat moves deadlines but does not extend a unit’s; the bloc head extends', () => {
    const selfAssessment = { ...year, phase: 'selfAssessment' as const };
    expect(allowedSteps([{ role: 'secretariat', provinceId: 'p-1' }], selfAssessment)).toEqual([
      'moveDeadline',
      'recordEligibilityCase',
      'clearEligibilityCase',
    ]);
    expect(allowedSteps([{ role: 'blocHead', blocId: 'b-1' }], selfAssessment)).toEqual([
      'advancePhase',
      'grantExtension',
      'recordEligibilityCase',
      'clearEligibilityCase',
    ]);
  });
});
