import {
  demoBallots2022,
  demoConference2022,
  demoCycle2022,
  demoDecision2022,
  demoScoreSheets2022,
  demoTargets2022,
  demoUnitStatuses2022,
} from './cycle2022';
import { demoCycle2023, demoTemplate2023 } from './cycle2023';
import { demoOfficials } from './officials';
import {
  demoBloc,
  demoLeaderships,
  demoMemberIds,
  demoMemberships,
  demoOrgEvents,
  demoProvinces,
  demoUnits,
} from './org';
import { demoRuleSet } from './rules';
import { demoTemplate2022 } from './template';
import { DEMO_PASSWORD, demoUsers } from './users';

/** Everything a seed script, a document demo or a workflow test needs, as one typed value. */
export const demoDataset = {
  provinces: demoProvinces,
  bloc: demoBloc,
  units: demoUnits,
  memberIds: [...demoMemberIds],
  memberships: demoMemberships,
  leaderships: demoLeaderships,
  orgEvents: demoOrgEvents,
  officials: demoOfficials,
  ruleSets: { 2022: demoRuleSet(2022), 2023: demoRuleSet(2023) },
  templates: { 2022: demoTemplate2022, 2023: demoTemplate2023 },
  cycle2022: {
    cycle: demoCycle2022,
    scoreSheets: demoScoreSheets2022,
    unitStatuses: demoUnitStatuses2022,
    conference: demoConference2022,
    ballots: demoBallots2022,
    targets: demoTargets2022,
    decision: demoDecision2022,
  },
  cycle2023: { cycle: demoCycle2023 },
  users: demoUsers,
  /** DEMO ONLY: the shared password of every demo account. */
  demoPassword: DEMO_PASSWORD,
};

export type DemoDataset = typeof demoDataset;

export * from './cycle2022';
export * from './cycle2023';
export * from './officials';
export * from './org';
export * from './prng';
export * from './rules';
export * from './run2022';
export * from './session';
export * from './synthetic';
export * from './template';
export * from './users';
