import {
  buildCandidateList,
  type Candidate,
  type DemoDataset,
  nameAt,
  rankUnits,
  tallyRound,
  unitById,
  type VoteKind,
} from '@thidua/domain';

/**
 * The candidate list printed on each 2022 ballot, derived the way the app does when it opens a
 * round: from the reviewed ranking (and, for the certificate list, excluding the flag's winner;
 * for the deputy, the elected head). The lists are inputs of the vote; the seed stores them and
 * the ballots, never a tally.
 */
export function demoCandidateLists2022(dataset: DemoDataset): Record<VoteKind, Candidate[]> {
  const { cycle2022, units, memberIds } = dataset;
  const ruleSet = dataset.ruleSets[2022];
  const template = dataset.templates[2022];
  const date = cycle2022.conference.date;
  const nameOf = (id: string) => nameAt(unitById(units, id).names, date);

  const ranking = rankUnits(
    template,
    cycle2022.scoreSheets.map((sheet) => ({
      unitId: sheet.unitId,
      unitCode: unitById(units, sheet.unitId).code,
      sheet,
    })),
    'reviewed',
    ruleSet,
  );
  const present = cycle2022.conference.presentUnitIds.length;
  const electedIn = (voteKind: VoteKind, candidates: Candidate[]) =>
    tallyRound({
      voteKind,
      rule: ruleSet.votes[voteKind],
      members: memberIds.length,
      present,
      ballotsIssued: present,
      candidates,
      ballots: cycle2022.ballots[voteKind],
    }).electedIds;

  const common = { ranking, statuses: cycle2022.unitStatuses, ruleSet, nameOf };
  const provincialFlag = buildCandidateList({ award: 'provincialFlag', ...common }).candidates;
  const certificateOfMerit = buildCandidateList({
    award: 'certificateOfMerit',
    ...common,
    exclude: electedIn('provincialFlag', provincialFlag),
  }).candidates;
  const blocHead = ranking.map((r) => ({ unitId: r.unitId, name: nameOf(r.unitId) }));
  const headElected = electedIn('blocHead', blocHead);
  const blocDeputy = blocHead.filter((c) => !headElected.includes(c.unitId));
  return { provincialFlag, certificateOfMerit, blocHead, blocDeputy };
}
