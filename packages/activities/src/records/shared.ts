import type * as Docs from '@thidua/documents';
import { citationLines, type TallyResult, voteKindLabels } from '@thidua/domain';
import type { Context } from './context';

/** File names say what the record is, in Vietnamese without accents: bien-ban-kiem-phieu-bang-khen-vong-1. */
export const fileKind: Record<TallyResult['voteKind'], string> = {
  provincialFlag: 'co-thi-dua',
  certificateOfMerit: 'bang-khen',
  blocHead: 'truong-khoi',
  blocDeputy: 'pho-khoi',
};

export function basisOf(t: TallyResult | undefined): Docs.VoteBasis {
  const kind = {
    allMembers: 'members',
    present: 'present',
    ballotsReceived: 'received',
    validBallots: 'valid',
  } as const;
  return {
    denominator: {
      kind: kind[t?.denominator.kind ?? 'ballotsReceived'],
      count: Math.max(1, t?.denominator.value ?? 1),
    },
    threshold: { percent: t?.threshold.percent ?? 50, strict: (t?.threshold.comparator ?? '>') === '>' },
  };
}

/** What several records share: the issuer, units and awards as builders take them, the final vote. */
export function recordParts(ctx: Context) {
  const f = ctx.facts;
  const issuer: Docs.Issuer = { parent: `UBND tỉnh ${ctx.provinceName}`, name: ctx.blocShort };
  const unit = (id: string): Docs.UnitRef => ({ id, name: ctx.unitName(id), fullName: ctx.unitName(id) });
  const award = (kind: 'provincialFlag' | 'certificateOfMerit', seats: number): Docs.Award => ({
    kind,
    name: voteKindLabels[kind],
    seats: Math.max(1, seats),
  });
  const awardTallies = ctx.tallies.filter(
    (t) => t.voteKind === 'provincialFlag' || t.voteKind === 'certificateOfMerit',
  );
  const awardVote = (t: TallyResult): Docs.AwardVote => ({
    award: award(t.voteKind as 'provincialFlag' | 'certificateOfMerit', t.seats),
    rows: t.candidates.map((c) => ({
      unit: unit(c.unitId),
      votes: c.votes,
      passed: t.electedIds.includes(c.unitId),
    })),
  });
  const nominated = (kind: 'provincialFlag' | 'certificateOfMerit') =>
    f.nominations.filter((n) => n.award === kind);
  const proposals: Docs.Proposal[] = (['provincialFlag', 'certificateOfMerit'] as const)
    .filter((k) => nominated(k).length > 0)
    .map((k) => ({ award: award(k, nominated(k).length), units: nominated(k).map((n) => unit(n.unitId)) }));
  // The basis of the round that elected a nominee: a runoff counts its own ballots.
  const roundBasis = (roundId: string): Docs.VoteBasis => {
    const i = f.rounds.findIndex((r) => r.roundId === roundId);
    const t = ctx.tallies[i];
    if (!t) throw new Error(`round ${roundId} of a nomination has no tally`);
    return basisOf(t);
  };
  // Final results: per award, each nominated unit with the votes and basis of the round that elected it.
  const finalResults: Docs.AwardVote[] = (['provincialFlag', 'certificateOfMerit'] as const)
    .filter((k) => nominated(k).length > 0)
    .map((k) => ({
      award: award(k, nominated(k).length),
      rows: nominated(k).map((n) => ({
        unit: unit(n.unitId),
        votes: n.votes,
        passed: true,
        basis: roundBasis(n.roundId),
      })),
    }));
  // The rule as the records state it; each row prints its own round's count.
  const basis = basisOf(awardTallies[0]);
  const legalBases = citationLines(ctx.ruleSet, ctx.date).map((l) => l.replace(/[;.]$/, ''));
  const conference = `Hội nghị tổng kết công tác thi đua, khen thưởng năm ${f.year} ${ctx.blocShort}`;
  const electedResult = (kind: 'blocHead' | 'blocDeputy', unitId: string): string => {
    const t = [...ctx.tallies].reverse().find((x) => x.voteKind === kind && x.electedIds.includes(unitId));
    const c = t?.candidates.find((x) => x.unitId === unitId);
    return t && c
      ? `${String(c.votes).padStart(2, '0')}/${String(t.ballotsReceived).padStart(2, '0')} phiếu, đạt ${c.percentText}`
      : 'theo kết quả bỏ phiếu kín';
  };
  const tallyLines = ctx.tallies.map(
    (t) =>
      `${voteKindLabels[t.voteKind]} – vòng ${t.roundNumber}: ${t.candidates.map((c) => `${ctx.unitName(c.unitId)} ${c.votes} phiếu (${c.percentText})`).join('; ')}. ${t.conclusion}`,
  );

  return {
    f,
    issuer,
    unit,
    award,
    awardTallies,
    awardVote,
    nominated,
    roundBasis,
    proposals,
    finalResults,
    basis,
    legalBases,
    conference,
    electedResult,
    tallyLines,
  };
}

export type RecordParts = ReturnType<typeof recordParts>;

/** The bloc head signs for the bloc (an advisory body, ND 30): its authority, title, then the post. */
export function blocHeadSigner(ctx: Context): Docs.Signer {
  if (!ctx.people) throw new Error('the bloc records need the people loaded for them');
  const { blocHead } = ctx.people;
  return {
    capacity: `TM. ${ctx.blocName}`,
    title: 'TRƯỞNG KHỐI',
    post: blocHead.signatureTitle,
    name: blocHead.fullName,
  };
}
