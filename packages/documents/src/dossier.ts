import { slug } from '@thidua/domain';
import { parseIsoDate } from './format/date';
import { deterministicZip, textEntry } from './pack/dossier-zip';
import { sha256Hex } from './pack/sha256';
import { buildAchievementReport } from './records/achievement-report';
import { buildBallot } from './records/ballot';
import { buildConferenceMinutes } from './records/conference-minutes';
import { buildDecision } from './records/decision';
import { buildNominationList } from './records/nomination-list';
import { buildPact } from './records/pact';
import { buildProposal } from './records/proposal';
import { buildReviewSummary } from './records/review-summary';
import { buildScoreSummary } from './records/score-summary';
import { buildTallyMinutes } from './records/tally-minutes';
import { buildYearEndReport } from './records/year-end-report';
import type {
  AchievementReportInput,
  BallotInput,
  ConferenceMinutesInput,
  DecisionInput,
  IsoDate,
  NominationListInput,
  PactInput,
  ProposalInput,
  ReviewSummaryInput,
  ScoreSummaryInput,
  TallyMinutesInput,
  VoteSubject,
  YearEndReportInput,
} from './types';
import { checkDossier } from './validate/dossier';

export type RecordType =
  | 'proposal'
  | 'nominationList'
  | 'conferenceMinutes'
  | 'tallyMinutes'
  | 'ballot'
  | 'yearEndReport'
  | 'scoreSummary'
  | 'reviewSummary'
  | 'achievementReport'
  | 'pact'
  | 'decision';

export interface DossierInput {
  /** Shown in the manifest: "Khối thi đua Nội chính tỉnh Bắc Kạn - năm 2022". */
  readonly title: string;
  /** Timestamp of every zip entry (usually the Tờ trình's date). */
  readonly date: IsoDate;
  readonly proposal: ProposalInput;
  readonly nominationList: NominationListInput;
  readonly conferenceMinutes: ConferenceMinutesInput;
  readonly tallyMinutes: readonly TallyMinutesInput[];
  readonly ballots: readonly BallotInput[];
  readonly yearEndReport: YearEndReportInput;
  readonly scoreSummary?: ScoreSummaryInput;
  readonly reviewSummary?: ReviewSummaryInput;
  /** Mẫu 02, one per nominated unit; `unitId` ties it to the proposal. */
  readonly achievementReports: readonly (AchievementReportInput & { readonly unitId: string })[];
  readonly pact?: PactInput;
  readonly decision?: DecisionInput;
}

export interface DossierFile {
  readonly name: string;
  readonly recordType: RecordType;
  /** "01/TTr-KTĐNC", or null for records without a number (ballots, lists, a draft decision). */
  readonly number: string | null;
  readonly bytes: Uint8Array;
  readonly sha256: string;
}

export interface Dossier {
  readonly files: readonly DossierFile[];
  readonly zip: Uint8Array;
}

const AWARD_SLUG: Record<VoteSubject['kind'], string> = {
  provincialFlag: 'co-thi-dua',
  certificateOfMerit: 'bang-khen',
  blocHead: 'truong-khoi',
  blocDeputy: 'pho-khoi',
};

/** "co-thi-dua", "bang-khen", or both: ballots and tallies of different piles get different file names. */
const awardsSlug = (awards: readonly VoteSubject[]): string =>
  [...new Set(awards.map((a) => AWARD_SLUG[a.kind]))].join('-');

interface Job {
  readonly base: string;
  readonly recordType: RecordType;
  readonly number: string | null;
  readonly build: () => Promise<Uint8Array>;
}

function jobs(d: DossierInput): Job[] {
  const list: Job[] = [
    {
      base: 'to-trinh',
      recordType: 'proposal',
      number: d.proposal.meta.number,
      build: () => buildProposal(d.proposal),
    },
    {
      base: 'danh-sach-de-nghi',
      recordType: 'nominationList',
      number: null,
      build: () => buildNominationList(d.nominationList),
    },
    {
      base: 'bien-ban-hoi-nghi',
      recordType: 'conferenceMinutes',
      number: d.conferenceMinutes.meta.number,
      build: () => buildConferenceMinutes(d.conferenceMinutes),
    },
    ...d.tallyMinutes.map(
      (t): Job => ({
        base: `bien-ban-kiem-phieu-${awardsSlug(t.results.map((r) => r.award))}-vong-${t.round}`,
        recordType: 'tallyMinutes',
        number: t.meta.number,
        build: () => buildTallyMinutes(t),
      }),
    ),
    ...d.ballots.map(
      (b): Job => ({
        base: `phieu-bau-${awardsSlug(b.awards)}-vong-${b.round}`,
        recordType: 'ballot',
        number: null,
        build: () => buildBallot(b),
      }),
    ),
    {
      base: 'bao-cao-tong-ket',
      recordType: 'yearEndReport',
      number: d.yearEndReport.meta.number,
      build: () => buildYearEndReport(d.yearEndReport),
    },
  ];
  const { scoreSummary, reviewSummary, pact, decision } = d;
  if (scoreSummary) {
    list.push({
      base: 'bang-tong-hop-diem',
      recordType: 'scoreSummary',
      number: scoreSummary.meta.number,
      build: () => buildScoreSummary(scoreSummary),
    });
  }
  if (reviewSummary) {
    list.push({
      base: 'bang-tong-hop-cham-cheo',
      recordType: 'reviewSummary',
      number: null,
      build: () => buildReviewSummary(reviewSummary),
    });
  }
  for (const r of d.achievementReports) {
    list.push({
      base: `bao-cao-thanh-tich-${slug(r.collectiveName)}`,
      recordType: 'achievementReport',
      number: r.number ?? null,
      build: () => buildAchievementReport(r),
    });
  }
  if (pact)
    list.push({
      base: 'giao-uoc-thi-dua',
      recordType: 'pact',
      number: pact.meta.number ?? null,
      build: () => buildPact(pact),
    });
  if (decision) {
    list.push({
      base: 'du-thao-quyet-dinh',
      recordType: 'decision',
      number: decision.number ?? null,
      build: () => buildDecision(decision),
    });
  }
  return list;
}

const csvCell = (v: string | number | null): string => {
  const s = v === null ? '' : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** Builds every record of the dossier, then one deterministic zip with manifest.json and manifest.csv. */
export async function buildDossier(input: DossierInput): Promise<Dossier> {
  checkDossier(input);
  const date = parseIsoDate(input.date, 'dossier.date');
  const files: DossierFile[] = [];
  for (const [i, job] of jobs(input).entries()) {
    const bytes = await job.build();
    const name = `${String(i + 1).padStart(2, '0')}-${job.base}.docx`;
    files.push({ name, recordType: job.recordType, number: job.number, bytes, sha256: sha256Hex(bytes) });
  }
  const manifest = files.map((f) => ({
    file: f.name,
    recordType: f.recordType,
    number: f.number,
    size: f.bytes.length,
    sha256: f.sha256,
  }));
  const json = `${JSON.stringify({ title: input.title, date: input.date, files: manifest }, null, 2)}\n`;
  const csv = [
    'file,recordType,number,size,sha256',
    ...manifest.map((m) => [m.file, m.recordType, m.number, m.size, m.sha256].map(csvCell).join(',')),
  ].join('\n');
  const zip = deterministicZip(
    [
      ...files.map((f) => ({ name: f.name, bytes: f.bytes })),
      textEntry('manifest.json', json),
      textEntry('manifest.csv', `${csv}\n`),
    ],
    date,
  );
  return { files, zip };
}
