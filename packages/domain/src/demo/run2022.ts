import { nameAt, unitById } from '../org/history';
import type { Proposal } from '../quotas';
import { checkProposals } from '../quotas';
import { rotationWarnings } from '../rules/rotation';
import type { VoteKind } from '../rules/schema';
import { type RankedUnit, rankUnits } from '../scoring/rank';
import type { Candidate } from '../vote/ballot';
import { buildCandidateList } from '../vote/candidates';
import { tallyRound } from '../vote/tally';
import type { TallyResult } from '../vote/types';
import { demoBallots2022, demoConference2022, demoScoreSheets2022, demoUnitStatuses2022 } from './cycle2022';
import { demoLeaderships, demoMemberIds, demoUnits } from './org';
import { demoRuleSet } from './rules';
import { demoTemplate2022 } from './template';

export interface DemoCycleOutcome {
  ranking: RankedUnit[];
  tallies: Record<VoteKind, TallyResult>;
  proposals: Proposal[];
  leadership2023: { headUnitId: string; deputyUnitId: string };
  rotationWarnings: ReturnType<typeof rotationWarnings>;
}

/**
 * Runs the demo 2022 cycle through the domain: reviewed scores → ranking → candidate lists →
 * tallies → proposals checked against quotas. Nothing here is stored; the outcome is computed.
 */
export function computeDemoCycle2022(): DemoCycleOutcome {
  const ruleSet = demoRuleSet(2022);
  const date = demoConference2022.date;
  const nameOf = (id: string) => nameAt(unitById(demoUnits, id).names, date);
  const codeOf = (id: string) => unitById(demoUnits, id).code;

  const ranking = rankUnits(
    demoTemplate2022,
    demoScoreSheets2022.map((sheet) => ({ unitId: sheet.unitId, unitCode: codeOf(sheet.unitId), sheet })),
    'reviewed',
    ruleSet,
  );
  const present = demoConference2022.presentUnitIds.length;
  const members = demoMemberIds.length;
  const round = (voteKind: VoteKind, candidates: Candidate[]) =>
    tallyRound({
      voteKind,
      rule: ruleSet.votes[voteKind],
      members,
      present,
      ballotsIssued: present,
      candidates,
      ballots: demoBallots2022[voteKind],
    });

  const flagList = buildCandidateList({
    award: 'provincialFlag',
    ranking,
    statuses: demoUnitStatuses2022,
    ruleSet,
    nameOf,
  });
  const flag = round('provincialFlag', flagList.candidates);
  const certificateList = buildCandidateList({
    award: 'certificateOfMerit',
    ranking,
    statuses: demoUnitStatuses2022,
    ruleSet,
    nameOf,
    exclude: flag.electedIds,
  });
  const certificate = round('certificateOfMerit', certificateList.candidates);

  const everyone = ranking.map((r) => ({ unitId: r.unitId, name: nameOf(r.unitId) }));
  const head = round('blocHead', everyone);
  const deputy = round(
    'blocDeputy',
    everyone.filter((c) => !head.electedIds.includes(c.unitId)),
  );

  const proposals: Proposal[] = [
    ...flag.electedIds.map((unitId) => ({ unitId, award: 'provincialFlag' as const })),
    ...certificate.electedIds.map((unitId) => ({ unitId, award: 'certificateOfMerit' as const })),
  ];
  const tallies = {
    provincialFlag: flag,
    certificateOfMerit: certificate,
    blocHead: head,
    blocDeputy: deputy,
  };
  checkProposals(
    proposals,
    ruleSet,
    demoUnitStatuses2022.map((status) => ({ unitId: status.unitId, name: nameOf(status.unitId), status })),
    Object.values(tallies),
  );

  const leadership2023 = { headUnitId: head.electedIds[0] ?? '', deputyUnitId: deputy.electedIds[0] ?? '' };
  return {
    ranking,
    tallies,
    proposals,
    leadership2023,
    rotationWarnings: rotationWarnings(demoLeaderships, { year: 2023, ...leadership2023 }, ruleSet.rotation),
  };
}
