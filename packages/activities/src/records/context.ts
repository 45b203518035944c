/**
 * What every record of a cycle is built from: the workflow's facts, the projections (tallies, rule
 * set) and the organisation at the record's date. A missing fact fails the record, named: never an
 * ellipsis, a made-up name or a plain-text stand-in.
 */
import { loadIssuerFacts, loadRecordPeople, schema, type Tx } from '@thidua/db';
import type { LiveRecord } from '@thidua/documents';
import {
  type ConferenceSession,
  type DocumentTypeCode,
  DomainError,
  type IsoDate,
  parseStoredRuleSet,
  type RecordPeople,
  type RuleSet,
  type TallyResult,
  vietnamDate,
} from '@thidua/domain';
import { eq, inArray } from 'drizzle-orm';
import type { DocumentFacts, GenerateDocumentsInput } from '../contract';

type RecordType = (typeof schema.recordTypeEnum.enumValues)[number];

/** How a record is issued this time: its printed number (null when unnumbered) and its version. */
export interface Issue {
  number: string | null;
  version: number;
}

/** Another record as it currently stands: what a citing record prints. */
export interface Citation {
  number: string;
  date: string;
}

export interface Planned {
  recordType: RecordType;
  series: DocumentTypeCode | null;
  title: string;
  /** Also the record's identity across regenerations: the same file base is the same document. */
  fileBase: string;
  /**
   * The date the record carries (a minute: the day of the meeting it records): its number is of that
   * year's series, and a record citing it prints this date.
   */
  date: IsoDate;
  /**
   * The record of an event that already happened (the conference and its counts): once issued it
   * is never generated again, so its number, date and bytes stay.
   */
  final?: boolean;
  /** What it proposes shrinks with a cut: it is then a new document, and the returned one withdrawn. */
  proposes?: boolean;
  /** A dossier record's builder input: checked against the rest of the set before anything is stored. */
  input?: (issue: Issue, cite: (fileBase: string) => Citation) => LiveRecord;
  build: (issue: Issue, cite: (fileBase: string) => Citation) => Promise<Uint8Array>;
}

type InputOf<K extends LiveRecord['record']> = Extract<LiveRecord, { record: K }>['input'];

/** A dossier record: its builder input, and its bytes built from exactly that input. */
export function dossierRecord<K extends LiveRecord['record']>(
  record: K,
  input: (issue: Issue, cite: (fileBase: string) => Citation) => InputOf<K>,
  build: (input: InputOf<K>) => Promise<Uint8Array>,
): Pick<Planned, 'input' | 'build'> {
  return {
    input: (issue, cite) => ({ record, input: input(issue, cite) }) as LiveRecord,
    build: (issue, cite) => build(input(issue, cite)),
  };
}

/** The number a numbered record is built with: the generator always gives one. */
export function numbered(issue: Issue, title: string): string {
  if (!issue.number) throw new Error(`"${title}" is numbered but was built without its number`);
  return issue.number;
}

/** The conference as recorded with the attendance, and the place name of its day: minutes need both. */
export function recordedSession(ctx: Context): { session: ConferenceSession; sessionPlace: string } {
  const { session, sessionPlace } = ctx;
  if (!session || !sessionPlace) {
    throw new DomainError(
      'RECORD_FACT_MISSING',
      'Chưa ghi thông tin phiên họp (ngày, giờ, địa điểm, chủ trì, thư ký, Ban kiểm phiếu): hãy nhập tại màn hình Hội nghị → Thành phần tham dự.',
    );
  }
  return { session, sessionPlace };
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
  /** Who signs and chairs, in office at the record's date; never a stand-in. Only the bloc's own sets. */
  people: RecordPeople | undefined;
  /** The province's name on the UBND decision's day (a revocation cites the decision as it was issued). */
  decisionProvinceName: string | undefined;
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
  // Only counted rounds have a tally: a ballot is printed for a round still open.
  const tallies = facts.rounds
    .filter((r) => r.countedAt !== undefined)
    .map((r) => {
      const tally = rows.find((x) => x.id === r.roundId)?.tally;
      if (!tally) throw new Error(`round ${r.roundId} has no stored tally`);
      return tally;
    });
  const names = new Map(facts.units.map((u) => [u.id, u.name]));
  // Before anything is numbered or stored: a missing person refuses the whole set.
  const people =
    set !== 'dossier' && set !== 'scores' && set !== 'revocation'
      ? undefined
      : await loadRecordPeople(tx, { blocId: facts.blocId, headUnitId: facts.headUnitId, date });
  const decisionProvinceName =
    set === 'revocation' && facts.decision
      ? (await loadIssuerFacts(tx, { blocId: facts.blocId, date: facts.decision.decisionDate })).provinceName
      : undefined;
  return {
    facts,
    date,
    session,
    sessionPlace,
    ...issuer,
    ruleSet: parseStoredRuleSet(cycle.body),
    tallies,
    unitName: (id) => {
      const name = names.get(id);
      if (!name) throw new Error(`unit ${id} is not a member of the cycle`);
      return name;
    },
    people,
    decisionProvinceName,
  };
}
