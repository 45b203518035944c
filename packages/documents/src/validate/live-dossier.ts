/**
 * The dossier of a running year checked as a whole before anything is stored: the Tờ trình, its
 * Danh sách and the conference minutes name the same units, with the votes of the vote-count minutes
 * that elected them, within the year's quotas, under numbers and dates that agree.
 */
import { DomainError, formatDateShort } from '@thidua/domain';
import { DocumentDataError } from '../errors';
import type {
  AchievementReportInput,
  AwardKind,
  AwardVote,
  ConferenceMinutesInput,
  IsoDate,
  NominationListInput,
  ProposalInput,
  VoteBasis,
  YearEndReportInput,
} from '../types';
import { requireNumber } from './fields';

/** A record of the dossier set with the input its builder takes. */
export type LiveRecord =
  | { readonly record: 'conferenceMinutes'; readonly input: ConferenceMinutesInput }
  | { readonly record: 'proposal'; readonly input: ProposalInput }
  | { readonly record: 'nominationList'; readonly input: NominationListInput }
  | { readonly record: 'yearEndReport'; readonly input: YearEndReportInput }
  | { readonly record: 'achievementReport'; readonly input: AchievementReportInput };

/** A vote-count minute as issued, with the tally of its round. */
export interface IssuedTally {
  /** "Biên bản kiểm phiếu Bằng khen của Chủ tịch UBND tỉnh vòng 2" */
  readonly title: string;
  readonly number: string;
  readonly date: IsoDate;
  readonly voteKind: AwardKind | 'blocHead' | 'blocDeputy';
  readonly denominator: number;
  readonly rows: readonly { readonly unitId: string; readonly votes: number; readonly elected: boolean }[];
}

export interface LiveDossier {
  readonly conferenceDate: IsoDate;
  /** How many units the year's rule set lets the bloc propose, per award. */
  readonly quotas: Readonly<Record<AwardKind, number>>;
  /** The vote-count minutes issued for the year's rounds, in issue order. */
  readonly tallies: readonly IssuedTally[];
  /** The records being issued now (a conference's minutes issued earlier are not issued again). */
  readonly records: readonly LiveRecord[];
}

const fail = (message: string): never => {
  throw new DomainError('DOSSIER_INCONSISTENT', message);
};

const awardKinds: readonly AwardKind[] = ['provincialFlag', 'certificateOfMerit'];

/** One record's nominees: per award, each unit with its votes and the denominator of its own round. */
interface Nominee {
  readonly award: AwardKind;
  readonly awardName: string;
  readonly unitId: string;
  readonly name: string;
  readonly votes: number;
  readonly denominator: number;
}

interface Stated {
  readonly label: string;
  readonly nominees: readonly Nominee[];
}

function fromResults(label: string, results: readonly AwardVote[], basis: VoteBasis): Stated {
  return {
    label,
    nominees: results.flatMap((r) =>
      r.rows
        .filter((row) => row.passed)
        .map((row) => ({
          award: r.award.kind,
          awardName: r.award.name,
          unitId: row.unit.id,
          name: row.unit.name,
          votes: row.votes,
          denominator: (row.basis ?? basis).denominator.count,
        })),
    ),
  };
}

type InputOf<K extends LiveRecord['record']> = Extract<LiveRecord, { record: K }>['input'];

const pick = <K extends LiveRecord['record']>(records: readonly LiveRecord[], record: K): InputOf<K>[] =>
  records.flatMap((r) => (r.record === record ? [r.input as InputOf<K>] : []));

const namesOf = (list: readonly { name: string }[]) =>
  list.length > 0 ? list.map((x) => x.name).join(', ') : 'không đơn vị nào';

export function checkLiveDossier(d: LiveDossier): void {
  const [proposal] = pick(d.records, 'proposal');
  const [list] = pick(d.records, 'nominationList');
  const [minutes] = pick(d.records, 'conferenceMinutes');
  const yearEnd = pick(d.records, 'yearEndReport');
  const reports = pick(d.records, 'achievementReport');

  // (5) numbers well formed: the stored vote-count minutes and every numbered record.
  const wellFormed = (label: string, number: string, typeCode?: string) => {
    try {
      requireNumber(number, label, typeCode);
    } catch (error) {
      if (!(error instanceof DocumentDataError)) throw error;
      fail(`${label} mang số "${number}" không đúng dạng số, ký hiệu văn bản.`);
    }
  };
  for (const t of d.tallies) wellFormed(t.title, t.number, 'BB');
  if (minutes) wellFormed('Biên bản Hội nghị', minutes.meta.number, 'BB');
  if (proposal) wellFormed('Tờ trình', proposal.meta.number, 'TTr');
  for (const y of yearEnd) wellFormed('Báo cáo tổng kết', y.meta.number, 'BC');
  if (list) wellFormed('Danh sách (Tờ trình kèm theo)', list.attachedTo.number, 'TTr');
  for (const r of reports)
    if (r.number !== undefined) wellFormed(`Báo cáo thành tích của ${r.collectiveName}`, r.number);

  // (5) nothing is dated before the conference it reports on.
  const dated: [string, IsoDate][] = [
    ...d.tallies.map((t): [string, IsoDate] => [t.title, t.date]),
    ...(minutes ? [['Biên bản Hội nghị', minutes.meta.date] as [string, IsoDate]] : []),
    ...(proposal ? [['Tờ trình', proposal.meta.date] as [string, IsoDate]] : []),
    ...(list ? [['Danh sách (Tờ trình kèm theo)', list.attachedTo.date] as [string, IsoDate]] : []),
    ...yearEnd.map((y): [string, IsoDate] => ['Báo cáo tổng kết', y.meta.date]),
    ...reports.map((r): [string, IsoDate] => [`Báo cáo thành tích của ${r.collectiveName}`, r.date]),
  ];
  for (const [label, date] of dated) {
    if (date < d.conferenceDate) {
      fail(
        `${label} ghi ngày ${formatDateShort(date)}, trước ngày Hội nghị tổng kết ${formatDateShort(d.conferenceDate)}.`,
      );
    }
  }

  // (4) the list goes with the Tờ trình issued with it; the minutes cite the issued vote counts.
  if (list) {
    if (!proposal) fail('Danh sách đề nghị khen thưởng được lập mà không có Tờ trình đi kèm.');
    else if (list.attachedTo.number !== proposal.meta.number || list.attachedTo.date !== proposal.meta.date) {
      fail(
        `Danh sách ghi kèm theo Tờ trình số ${list.attachedTo.number} ngày ${formatDateShort(list.attachedTo.date)} nhưng Tờ trình mang số ${proposal.meta.number} ngày ${formatDateShort(proposal.meta.date)}.`,
      );
    }
  }
  if (minutes) {
    const cited = [...minutes.vote.tallyNumbers].sort();
    const issued = d.tallies.map((t) => t.number).sort();
    if (cited.join('|') !== issued.join('|')) {
      fail(
        `Biên bản Hội nghị dẫn các Biên bản kiểm phiếu số ${cited.join(', ') || '(không có)'} nhưng các Biên bản kiểm phiếu đã ban hành mang số ${issued.join(', ') || '(không có)'}.`,
      );
    }
  }

  // (3) within the year's quota.
  if (proposal) {
    for (const p of proposal.proposals) {
      const quota = d.quotas[p.award.kind];
      if (p.units.length > quota) {
        fail(
          `Tờ trình đề nghị ${p.units.length} đơn vị tặng ${p.award.name}, vượt chỉ tiêu ${quota} đơn vị của năm.`,
        );
      }
    }
  }

  // (1) the same units per award in every record that names the nominees.
  const fromList: Stated | undefined = list && {
    label: 'Danh sách',
    nominees: list.rows.map((r) => ({
      award: r.award.kind,
      awardName: r.award.name,
      unitId: r.unit.id,
      name: r.unit.name,
      votes: r.votes,
      denominator: (r.basis ?? list.basis).denominator.count,
    })),
  };
  const fromMinutes = minutes && fromResults('Biên bản Hội nghị', minutes.vote.results, minutes.vote.basis);
  const fromProposal = proposal && fromResults('Tờ trình', proposal.vote.results, proposal.vote.basis);
  if (proposal) {
    const proposed = proposal.proposals.flatMap((p) =>
      p.units.map((u) => ({ award: p.award.kind, awardName: p.award.name, unitId: u.id, name: u.name })),
    );
    for (const other of [fromList, fromMinutes]) {
      if (!other) continue;
      for (const award of awardKinds) {
        const mine = proposed.filter((n) => n.award === award);
        const theirs = other.nominees.filter((n) => n.award === award);
        const ids = (ns: readonly { unitId: string }[]) =>
          ns
            .map((n) => n.unitId)
            .sort()
            .join('|');
        if (ids(mine) !== ids(theirs)) {
          const awardName = mine[0]?.awardName ?? theirs[0]?.awardName ?? award;
          fail(
            `${other.label} ghi ${namesOf(theirs)} được đề nghị tặng ${awardName} nhưng Tờ trình đề nghị ${namesOf(mine)}.`,
          );
        }
      }
    }
  }

  // (2) each nominee's votes and denominator are those of the round that elected it (a runoff's own).
  for (const s of [fromProposal, fromList, fromMinutes]) {
    if (!s) continue;
    for (const n of s.nominees) {
      const tally = d.tallies.findLast(
        (t) => t.voteKind === n.award && t.rows.some((r) => r.unitId === n.unitId && r.elected),
      );
      if (!tally) {
        fail(
          `${s.label} ghi ${n.name} trúng ${n.awardName} nhưng không Biên bản kiểm phiếu nào ghi đơn vị này trúng.`,
        );
        continue;
      }
      const row = tally.rows.find((r) => r.unitId === n.unitId);
      if (row && (row.votes !== n.votes || tally.denominator !== n.denominator)) {
        fail(
          `${s.label} ghi ${n.name} ${n.votes}/${n.denominator} phiếu nhưng ${tally.title} ghi ${row.votes}/${tally.denominator}.`,
        );
      }
    }
  }
}
