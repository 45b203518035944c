/**
 * The records of a cycle as @thidua/documents view models: assembled from the workflow's facts and
 * the projections (tallies, names, rule set). A fact that is missing fails the record: never a "…",
 * a made-up name or a plain-text stand-in.
 */
import { loadIssuerFacts, loadRecordPeople, schema, type Tx } from '@thidua/db';
import type * as Docs from '@thidua/documents';
import {
  baseSalaryAt,
  type ConferenceSession,
  citationLines,
  countingBoardRoleLabels,
  type DocumentTypeCode,
  DomainError,
  type RecordPeople,
  type RuleSet,
  type TallyResult,
  vietnamDate,
  vietnamTime,
  voteKindLabels,
} from '@thidua/domain';
import { eq, inArray } from 'drizzle-orm';

import type { DocumentFacts, GenerateDocumentsInput } from './contract';

export type RecordType = (typeof schema.recordTypeEnum.enumValues)[number];

export interface Planned {
  recordType: RecordType;
  series: DocumentTypeCode | null;
  title: string;
  fileBase: string;
  build: (number: string | null) => Promise<Uint8Array>;
}

export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface Context {
  facts: DocumentFacts;
  /** The day the records are issued (the Tờ trình's date). */
  date: string;
  /** The conference as recorded, and the names in force on its day (its minutes carry that date). */
  session: ConferenceSession | undefined;
  sessionPlace: string | undefined;
  place: string;
  blocName: string;
  blocShort: string;
  provinceName: string;
  issuerCode: string;
  ruleSet: RuleSet;
  tallies: TallyResult[];
  unitName: (id: string) => string;
  /** Who signs and chairs, in office at the record's date; never a stand-in. Absent for the decision set. */
  people: RecordPeople | undefined;
}

export async function loadContext(
  tx: Tx,
  cycleId: string,
  facts: DocumentFacts,
  at: string,
  set: GenerateDocumentsInput['set'],
): Promise<Context> {
  const date = vietnamDate(at);
  const issuer = await loadIssuerFacts(tx, { blocId: facts.blocId, date });
  const session = facts.session;
  const sessionPlace = session
    ? (await loadIssuerFacts(tx, { blocId: facts.blocId, date: session.heldOn })).place
    : undefined;
  const [cycle] = await tx
    .select({ body: schema.ruleSets.body })
    .from(schema.cycles)
    .innerJoin(schema.ruleSets, eq(schema.ruleSets.id, schema.cycles.ruleSetId))
    .where(eq(schema.cycles.id, cycleId));
  if (!cycle) {
    throw new DomainError('RECORD_FACT_MISSING', `Năm thi đua ${cycleId} chưa có bộ quy định của năm.`);
  }
  const roundIds = facts.rounds.map((r) => r.roundId);
  const rows =
    roundIds.length > 0
      ? await tx
          .select({ id: schema.voteRounds.id, tally: schema.voteRounds.tally })
          .from(schema.voteRounds)
          .where(inArray(schema.voteRounds.id, roundIds))
      : [];
  const tallies = facts.rounds.map((r) => {
    const tally = rows.find((x) => x.id === r.roundId)?.tally;
    if (!tally) throw new Error(`round ${r.roundId} has no stored tally`);
    return tally;
  });
  const names = new Map(facts.units.map((u) => [u.id, u.name]));
  // Before anything is numbered or stored: a missing person refuses the whole set.
  const people =
    set === 'decision'
      ? undefined
      : await loadRecordPeople(tx, { blocId: facts.blocId, headUnitId: facts.headUnitId, date });
  return {
    facts,
    date,
    session,
    sessionPlace,
    ...issuer,
    ruleSet: cycle.body,
    tallies,
    unitName: (id) => {
      const name = names.get(id);
      if (!name) throw new Error(`unit ${id} is not a member of the cycle`);
      return name;
    },
    people,
  };
}

/** File names say what the record is, in Vietnamese without accents: bien-ban-kiem-phieu-bang-khen-vong-1. */
const fileKind: Record<TallyResult['voteKind'], string> = {
  provincialFlag: 'co-thi-dua',
  certificateOfMerit: 'bang-khen',
  blocHead: 'truong-khoi',
  blocDeputy: 'pho-khoi',
};

function basisOf(t: TallyResult | undefined): Docs.VoteBasis {
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

export function plan(ctx: Context, set: GenerateDocumentsInput['set'], docs: typeof Docs): Planned[] {
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
  // Final results: per award, each nominated unit with the votes of the round that elected it.
  const finalResults: Docs.AwardVote[] = (['provincialFlag', 'certificateOfMerit'] as const)
    .filter((k) => nominated(k).length > 0)
    .map((k) => ({
      award: award(k, nominated(k).length),
      rows: nominated(k).map((n) => ({ unit: unit(n.unitId), votes: n.votes, passed: true })),
    }));
  const basis = basisOf(awardTallies[0]);
  const legalBases = citationLines(ctx.ruleSet, ctx.date).map((l) => l.replace(/[;.]$/, ''));
  const conference = `Hội nghị tổng kết công tác thi đua, khen thưởng năm ${f.year} ${ctx.blocShort}`;
  const n = (typeCode: string, number: string | null) => number ?? `01/${typeCode}-${ctx.issuerCode}`;
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

  if (set === 'decision') {
    const d = f.decision;
    if (!d) return [];
    const awards: Docs.DecisionAward[] = (['provincialFlag', 'certificateOfMerit'] as const)
      .map((k) => ({ k, units: d.awards.filter((a) => a.award === k).map((a) => unit(a.unitId)) }))
      .filter((x) => x.units.length > 0)
      .map((x) => ({
        award: award(x.k, x.units.length),
        coefficient: ctx.ruleSet.rewards.coefficients[x.k].value,
        units: x.units,
        reason: `đã có thành tích xuất sắc trong phong trào thi đua của ${ctx.blocShort} năm ${f.year}`,
      }));
    const salary = baseSalaryAt(ctx.ruleSet, d.decisionDate);
    const baseSalary = { amount: salary.amount, source: salary.source.citation };
    const input: Docs.DecisionInput = {
      issuer: { name: `Ủy ban nhân dân\ntỉnh ${ctx.provinceName}` },
      symbol: 'QĐ-UBND',
      number: d.number,
      date: d.decisionDate,
      year: Number(d.decisionDate.slice(0, 4)),
      place: ctx.place,
      subject: 'Về việc tặng Cờ thi đua của UBND tỉnh và Bằng khen của Chủ tịch UBND tỉnh',
      authority: `Chủ tịch Ủy ban nhân dân tỉnh ${ctx.provinceName}`,
      authorityShort: `Chủ tịch UBND tỉnh ${ctx.provinceName}`,
      legalBases,
      recommendation: `Theo đề nghị của Trưởng ${ctx.blocShort}`,
      awards,
      baseSalary,
      fundingSource: 'Quỹ thi đua, khen thưởng của tỉnh',
      enforcement:
        'Thủ trưởng các cơ quan, đơn vị có liên quan và các tập thể có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này',
      proposal: { number: n('TTr', null), date: ctx.date, proposals },
      signer: { title: d.signerTitle, name: d.signerName },
      recipients: ['Như Điều 3', `${ctx.blocShort}`, 'Lưu: VT'],
    };
    return [
      {
        recordType: 'decision',
        series: null,
        title: `Quyết định số ${d.number}`,
        fileBase: 'quyet-dinh',
        build: () => docs.buildDecision(input),
      },
    ];
  }

  if (!ctx.people) throw new Error('the bloc records need the people loaded for them');
  const { blocHead } = ctx.people;
  // Advisory body (ND 30): the bloc's authority and title, then the signer's post in the agency.
  const signer: Docs.Signer = {
    capacity: `TM. ${ctx.blocName}`,
    title: 'TRƯỞNG KHỐI',
    post: blocHead.signatureTitle,
    name: blocHead.fullName,
  };
  const planned: Planned[] = [];
  // Leadership rounds are reported in the conference minutes (the election), award rounds each get
  // their own Biên bản kiểm phiếu.
  const session = ctx.session;
  const sessionPlace = ctx.sessionPlace;
  if (!session || !sessionPlace) {
    throw new DomainError(
      'RECORD_FACT_MISSING',
      'Chưa ghi thông tin phiên họp (ngày, giờ, địa điểm, chủ trì, thư ký, Ban kiểm phiếu): hãy nhập tại màn hình Hội nghị → Thành phần tham dự.',
    );
  }
  const person = (p: { name: string; post: string }): Docs.Person => ({ name: p.name, post: p.post });
  const board: Docs.CountingBoardMember[] = session.countingBoard.map((m) => ({
    person: person(m),
    role: countingBoardRoleLabels[m.role],
  }));
  const minutesMeta = (number: string | null) => ({
    number: n('BB', number),
    date: session.heldOn,
    place: sessionPlace,
  });
  const countTimes = (t: TallyResult) => {
    const round = f.rounds.find((r) => r.voteKind === t.voteKind && r.roundNumber === t.roundNumber);
    if (!round?.countStartedAt || !round.countedAt) {
      throw new DomainError(
        'RECORD_FACT_MISSING',
        `Vòng ${t.roundNumber} bỏ phiếu ${voteKindLabels[t.voteKind]} chưa có giờ kiểm phiếu.`,
      );
    }
    return { startTime: vietnamTime(round.countStartedAt), endTime: vietnamTime(round.countedAt) };
  };
  for (const t of awardTallies) {
    planned.push({
      recordType: 'tallyMinutes',
      series: 'BB',
      title: `Biên bản kiểm phiếu ${voteKindLabels[t.voteKind]} vòng ${t.roundNumber}`,
      fileBase: `bien-ban-kiem-phieu-${fileKind[t.voteKind]}-vong-${t.roundNumber}`,
      build: (number) =>
        docs.buildTallyMinutes({
          issuer,
          meta: minutesMeta(number),
          round: t.roundNumber,
          conference,
          venue: session.venue,
          ...countTimes(t),
          board,
          memberCount: t.members,
          presentCount: t.present,
          ballots: {
            issued: t.ballotsIssued,
            received: t.ballotsReceived,
            valid: t.validBallots,
            invalid: t.invalidBallots,
          },
          basis: basisOf(t),
          results: [awardVote(t)],
          conclusion: [t.conclusion],
        }),
    });
  }
  const head2 = f.elected.headUnitId;
  const deputy = f.elected.deputyUnitId;
  const confirmedAt = f.resultsConfirmedAt;
  if (!confirmedAt) {
    throw new DomainError('RECORD_FACT_MISSING', 'Hội nghị chưa xác nhận kết quả bình xét.');
  }
  const presentNames = f.presentUnitIds.map(ctx.unitName);
  if (!head2 || !deputy) {
    throw new DomainError(
      'RECORD_FACT_MISSING',
      `Biên bản Hội nghị cần kết quả bầu Trưởng Khối và Phó Khối năm ${f.year + 1}: hãy hoàn thành các vòng bầu tại màn hình Hội nghị.`,
    );
  }
  planned.push({
    recordType: 'conferenceMinutes',
    series: 'BB',
    title: `Biên bản Hội nghị tổng kết năm ${f.year}`,
    fileBase: 'bien-ban-hoi-nghi',
    build: (number) =>
      docs.buildConferenceMinutes({
        issuer,
        meta: minutesMeta(number),
        subject: `Hội nghị tổng kết công tác thi đua, khen thưởng năm ${f.year}`,
        startTime: session.startTime,
        endTime: vietnamTime(confirmedAt),
        venue: session.venue,
        attendees: [
          `Đại diện lãnh đạo các đơn vị thành viên ${ctx.blocShort} có mặt: ${presentNames.join(', ')}`,
          ...session.guests,
        ],
        chair: {
          name: session.chair.name,
          post:
            session.chair.unitId === f.headUnitId
              ? `${session.chair.post}, Trưởng khối năm ${f.year}`
              : session.chair.post,
        },
        secretary: person(session.secretary),
        proceedings: [
          {
            heading: '1. Kết quả chấm điểm, xếp hạng',
            paragraphs: f.ranking.map((r) => `${r.position}. ${ctx.unitName(r.unitId)}: ${r.total} điểm.`),
          },
          { heading: '2. Kết quả bình xét, suy tôn', paragraphs: tallyLines },
        ],
        vote: { basis, results: finalResults, tallyNumbers: [] },
        election: {
          year: f.year + 1,
          head: unit(head2),
          deputy: unit(deputy),
          headResult: electedResult('blocHead', head2),
          deputyResult: electedResult('blocDeputy', deputy),
        },
        recipients: ['Ban Thi đua - Khen thưởng, Sở Nội vụ', 'Các đơn vị trong Khối', 'Lưu: VT, Hồ sơ'],
      }),
  });
  planned.push({
    recordType: 'proposal',
    series: 'TTr',
    title: `Tờ trình đề nghị khen thưởng năm ${f.year}`,
    fileBase: 'to-trinh',
    build: (number) =>
      docs.buildProposal({
        issuer,
        meta: { number: n('TTr', number), date: ctx.date, place: ctx.place },
        subject: `Về việc đề nghị tặng Cờ thi đua của UBND tỉnh và Bằng khen của Chủ tịch UBND tỉnh năm ${f.year}`,
        addressee: {
          to: `Chủ tịch Ủy ban nhân dân tỉnh ${ctx.provinceName}`,
          via: 'Ban Thi đua - Khen thưởng, Sở Nội vụ',
        },
        legalBases,
        summary: [
          `Năm ${f.year}, các đơn vị thành viên ${ctx.blocShort} đã thực hiện tốt phong trào thi đua.`,
        ],
        vote: { conference, basis, results: finalResults },
        proposals,
        attachments: [
          'Danh sách tập thể đề nghị khen thưởng',
          'Biên bản Hội nghị tổng kết và các Biên bản kiểm phiếu',
        ],
        signer,
        recipients: ['Như trên', 'Các đơn vị trong Khối', `Lưu: VT, ${ctx.issuerCode}`],
      }),
  });
  // A year with no proposal has no list to attach (the Tờ trình says so).
  if (f.nominations.length === 0) return planned;
  planned.push({
    recordType: 'nomineeList',
    series: null,
    title: `Danh sách tập thể đề nghị khen thưởng năm ${f.year}`,
    fileBase: 'danh-sach-de-nghi',
    build: () =>
      docs.buildNominationList({
        issuer,
        year: f.year,
        attachedTo: { number: n('TTr', null), date: ctx.date, issuerName: ctx.blocShort },
        basis,
        rows: f.nominations.map((x) => ({
          unit: unit(x.unitId),
          award: award(x.award, nominated(x.award).length),
          summary: `Hoàn thành xuất sắc nhiệm vụ năm ${f.year}.`,
          votes: x.votes,
        })),
        signer,
      }),
  });
  return planned;
}
