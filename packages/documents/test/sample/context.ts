// The domain's demo dataset and its computed 2022 outcome, with the lookups every demo record needs.
import {
  type AwardKind,
  citationsFor,
  computeDemoCycle2022,
  datedNameAt,
  demoDataset,
  formatDocumentNumber,
  nameAt,
  quotaFor,
  type TallyResult,
  unitById,
  voteKindLabels,
} from '@thidua/domain';
import type { Award, AwardVote, Issuer, UnitRef, VoteBasis } from '../../src/types';

export const data = demoDataset;
export const YEAR = 2022;
export const ruleSet = data.ruleSets[YEAR];
export const template = data.templates[YEAR];
export const cycle = data.cycle2022.cycle;
export const conference = data.cycle2022.conference;
/** Ranking, tallies, proposals and the 2023 leadership, computed by the domain from the demo data. */
export const outcome = computeDemoCycle2022();

/** Names are taken as in force on the conference date (a record prints the names of its time). */
export const ON = conference.date;
const province = data.provinces.find((p) => p.id === data.bloc.provinceId);
if (!province) throw new Error(`demo: province ${data.bloc.provinceId} missing`);
export const PLACE = nameAt(province.placeNames, ON);

const blocName = datedNameAt(data.bloc.names, ON);
/** "Khối thi đua Nội chính" */
export const BLOC_SHORT = blocName.shortName ?? blocName.name;
export const BLOC: Issuer = { parent: `UBND tỉnh ${PLACE}`, name: BLOC_SHORT };
export const BLOC_FULL = `${BLOC_SHORT} tỉnh ${PLACE}`;

export const memberIds: readonly string[] = data.memberIds;

export function unitRef(id: string): UnitRef {
  const name = nameAt(unitById(data.units, id).names, ON);
  return { id, name, fullName: `${name}${name.endsWith(' tỉnh') ? '' : ' tỉnh'} ${PLACE}` };
}

/** "01/TTr-KTĐNC" through the domain's ND 30 numbering (the counter itself lives in the database). */
export const docNumber = (n: number, typeCode: 'TTr' | 'BB' | 'BC' | 'QĐ'): string =>
  formatDocumentNumber({ number: n, typeCode, issuerCode: data.bloc.issuerCode });

export const award = (kind: AwardKind, seats?: number): Award => ({
  kind,
  name: voteKindLabels[kind],
  seats: seats ?? quotaFor(ruleSet.quotas[kind], memberIds.length),
});

const DENOMINATOR: Record<TallyResult['denominator']['kind'], VoteBasis['denominator']['kind']> = {
  allMembers: 'members',
  present: 'present',
  ballotsReceived: 'received',
  validBallots: 'valid',
};

export const basisOf = (t: TallyResult): VoteBasis => ({
  denominator: { kind: DENOMINATOR[t.denominator.kind], count: t.denominator.value },
  threshold: { percent: t.threshold.percent, strict: t.threshold.comparator === '>' },
});

/** A tally of an award vote as the records show it; `onlyWithVotes` drops zero-vote rows (Tờ trình). */
export function awardVote(kind: AwardKind, onlyWithVotes = false): AwardVote {
  const t = outcome.tallies[kind];
  return {
    award: award(kind, t.seats),
    rows: t.candidates
      .filter((c) => !onlyWithVotes || c.votes > 0)
      .map((c) => ({
        unit: unitRef(c.unitId),
        votes: c.votes,
        passed: c.result === 'elected',
        resultLabel: c.resultLabel,
      })),
  };
}

export const proposedIds = (kind: AwardKind): string[] =>
  outcome.proposals.filter((p) => p.award === kind).map((p) => p.unitId);

export const rankOf = (unitId: string) => {
  const r = outcome.ranking.find((x) => x.unitId === unitId);
  if (!r) throw new Error(`demo: ${unitId} is not ranked`);
  return r;
};

/** Căn cứ of the pact: the rule set's citations in force on the signing date. */
export const citationsForPact = (): string[] =>
  citationsFor(ruleSet, cycle.calendar.pactSigningDate).map((c) => `Căn cứ ${c.text}`);
