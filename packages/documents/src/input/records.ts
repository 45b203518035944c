// Inputs of each record builder (src/records/*).
import type {
  Addressee,
  Award,
  AwardVote,
  DocumentMeta,
  IsoDate,
  Issuer,
  Person,
  Recipients,
  RoundVote,
  Section,
  Signer,
  UnitRef,
  VoteBasis,
  VoteSubject,
} from './common';

export interface PactUnit {
  readonly unit: UnitRef;
  readonly targets: readonly string[];
  /** The unit head: capacity = unit name, title = post ("GIÁM ĐỐC"). */
  readonly head: Signer;
}

export interface PactInput {
  readonly issuer: Issuer;
  /** Without a number the pact prints none (the members sign it jointly). */
  readonly meta: Omit<DocumentMeta, 'number'> & { readonly number?: string };
  readonly year: number;
  /** Trích yếu under "GIAO ƯỚC THI ĐUA". */
  readonly subject: string;
  readonly legalBases: readonly string[];
  readonly preamble: readonly string[];
  readonly commitments: readonly string[];
  readonly units: readonly PactUnit[];
  readonly closing: readonly string[];
}

export interface BallotCandidate {
  readonly unit: UnitRef;
  /** Awards the unit may not receive this year, with the reason printed on the ballot. */
  readonly ineligible?: readonly { readonly kind: VoteSubject['kind']; readonly reason: string }[];
}

export interface BallotInput {
  readonly issuer: Issuer;
  readonly year: number;
  readonly round: number;
  /** "Hội nghị tổng kết công tác thi đua, khen thưởng năm 2022" */
  readonly conference: string;
  /** The awards (or the office) voted in this round; `seats` is the most a ballot may mark. */
  readonly awards: readonly VoteSubject[];
  readonly candidates: readonly BallotCandidate[];
}

export interface CountingBoardMember {
  readonly person: Person;
  /** "Trưởng ban", "Thành viên" */
  readonly role: string;
}

export interface BallotCounts {
  readonly issued: number;
  readonly received: number;
  readonly valid: number;
  readonly invalid: number;
}

export interface TallyMinutesInput {
  readonly issuer: Issuer;
  readonly meta: DocumentMeta;
  readonly round: number;
  readonly conference: string;
  readonly venue: string;
  /** 'HH:MM' */
  readonly startTime: string;
  readonly endTime: string;
  readonly board: readonly CountingBoardMember[];
  readonly memberCount: number;
  readonly presentCount: number;
  readonly ballots: BallotCounts;
  /** Why ballots were invalid: "Phiếu chọn quá số lượng đơn vị cho phép: 01". */
  readonly invalidNotes?: readonly string[];
  /** Present units that returned no ballot, by name: the ballots not returned. */
  readonly notReturned?: readonly string[];
  /** Units left off the ballot at their own request: "Sở Tư pháp xin rút khỏi danh sách bình xét (…)". */
  readonly withdrawn?: readonly string[];
  readonly basis: VoteBasis;
  readonly results: readonly RoundVote[];
  readonly conclusion: readonly string[];
  /**
   * An encrypted round: the members whose devices decrypted the totals (no ballot was opened) and
   * the SHA-256 of the round's published bulletin board, which anyone can check.
   */
  readonly encrypted?: { readonly decryptedBy: readonly string[]; readonly boardHash: string };
}

export interface Election {
  readonly year: number;
  readonly head: UnitRef;
  /** How it was elected: "08/09 phiếu, đạt 88,89 %". */
  readonly headResult: string;
  /** Null: the conference elected no deputy (the proceedings give the chair's reason). */
  readonly deputy: { readonly unit: UnitRef; readonly result: string } | null;
}

export interface ConferenceMinutesInput {
  readonly issuer: Issuer;
  readonly meta: DocumentMeta;
  /** Name of the meeting, under "BIÊN BẢN". */
  readonly subject: string;
  readonly startTime: string;
  readonly endTime: string;
  readonly venue: string;
  readonly attendees: readonly string[];
  readonly chair: Person;
  readonly secretary: Person;
  readonly proceedings: readonly Section[];
  /** Passing units of the final rounds, with the tally minutes they come from. */
  readonly vote: {
    readonly basis: VoteBasis;
    readonly results: readonly AwardVote[];
    readonly tallyNumbers: readonly string[];
  };
  readonly election: Election;
  readonly recipients: Recipients;
}

export interface ScoreGroup {
  readonly code: string;
  readonly name: string;
  /** Maximum points; a penalty group may leave it open. */
  readonly max?: number;
  /** Bonus adds, penalty subtracts; criteria add. */
  readonly kind: 'criteria' | 'bonus' | 'penalty';
}

export interface ScoreRow {
  readonly unit: UnitRef;
  /** One score per group, in group order. */
  readonly self: readonly number[];
  readonly reviewed: readonly number[];
  /** The domain's ranking (unique, with its tie-breakers); computed from reviewed totals when absent. */
  readonly rank?: number;
}

export interface ScoreSummaryInput {
  readonly issuer: Issuer;
  readonly meta: DocumentMeta;
  readonly year: number;
  readonly subject: string;
  readonly groups: readonly ScoreGroup[];
  readonly rows: readonly ScoreRow[];
  /** Units that handed in no self-assessment: listed after the ranked rows, without scores or rank. */
  readonly withoutReport?: readonly UnitRef[];
  readonly notes: readonly string[];
  readonly signer: Signer;
  readonly recipients: Recipients;
}

export interface YearEndReportInput {
  readonly issuer: Issuer;
  readonly meta: DocumentMeta;
  readonly subject: string;
  readonly addressee?: Addressee;
  readonly sections: readonly Section[];
  readonly signer: Signer;
  readonly recipients: Recipients;
}

export interface AwardRecord {
  readonly year: number;
  /** Danh hiệu or hình thức: "Tập thể lao động xuất sắc" */
  readonly title: string;
  /** "Quyết định số 123/QĐ-UBND ngày 20/01/2022 của Chủ tịch UBND tỉnh" */
  readonly decision: string;
}

export interface AchievementReportInput {
  /** Đơn vị cấp trên (parent) and đơn vị trình khen (name). */
  readonly issuer: Issuer;
  /** Mẫu 02 has no number of its own; units that number their reports give one. */
  readonly number?: string;
  readonly date: IsoDate;
  readonly place: string;
  readonly awardName: string;
  readonly year: number;
  /** Full name, no abbreviations. */
  readonly collectiveName: string;
  readonly profile: {
    readonly contact: readonly string[];
    readonly background: readonly string[];
    readonly functions: readonly string[];
  };
  readonly achievements: readonly Section[];
  readonly emulationTitles: readonly AwardRecord[];
  readonly commendations: readonly AwardRecord[];
  /** Printed under III instead of the two tables when nothing is on record ("… chưa ghi nhận …"). */
  readonly noAwards?: string;
  readonly signer: Signer;
  /** Xác nhận của cấp trên trực tiếp (left), where one exists. */
  readonly confirmation?: Signer;
}

export interface Proposal {
  readonly award: Award;
  readonly units: readonly UnitRef[];
}

export interface ProposalInput {
  readonly issuer: Issuer;
  readonly meta: DocumentMeta;
  readonly subject: string;
  readonly addressee: Addressee;
  readonly legalBases: readonly string[];
  readonly summary: readonly string[];
  readonly vote: {
    /** "Hội nghị tổng kết … ngày 04/01/2023" */
    readonly conference: string;
    readonly basis: VoteBasis;
    readonly results: readonly AwardVote[];
  };
  readonly proposals: readonly Proposal[];
  readonly attachments: readonly string[];
  readonly signer: Signer;
  readonly recipients: Recipients;
}

export interface NominationRow {
  readonly unit: UnitRef;
  readonly award: Award;
  readonly summary: string;
  readonly votes: number;
  readonly note?: string;
  /** The basis of the round that elected this unit; the list's basis when absent. */
  readonly basis?: VoteBasis;
}

export interface NominationListInput {
  readonly issuer: Issuer;
  readonly year: number;
  /** The Tờ trình this list is attached to. */
  readonly attachedTo: { readonly number: string; readonly date: IsoDate; readonly issuerName: string };
  /** As for DocumentMeta.version: the list issued again with its Tờ trình. */
  readonly version?: number;
  readonly basis: VoteBasis;
  readonly rows: readonly NominationRow[];
  readonly signer: Signer;
}

export interface DecisionAward {
  readonly award: Award;
  /** Reward = coefficient × base salary (ND 98/2023 Đ54: Cờ tỉnh 8.0, Bằng khen tập thể 2.0). */
  readonly coefficient: number;
  /** Amount per collective as the domain's reward rule computed it (rounding); else coefficient × base. */
  readonly amount?: number;
  readonly units: readonly UnitRef[];
  /** "đã hoàn thành xuất sắc nhiệm vụ, dẫn đầu phong trào thi đua Khối thi đua Nội chính năm 2022" */
  readonly reason: string;
}

export interface DecisionInput {
  readonly issuer: Issuer;
  /** A draft has no number or day yet: give `symbol` ("QĐ-UBND") and `year`; the issued one gives `number`/`date`. */
  readonly symbol: string;
  readonly number?: string;
  readonly date?: IsoDate;
  readonly year: number;
  readonly place: string;
  readonly subject: string;
  /** "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC KẠN" */
  readonly authority: string;
  /** "Chủ tịch UBND tỉnh Bắc Kạn" — used in "(Kèm theo Quyết định số … của …)". */
  readonly authorityShort: string;
  readonly legalBases: readonly string[];
  /** Who proposes the decision to the Chairman, from the year's rules: "Giám đốc Sở Nội vụ". */
  readonly proposer: string;
  readonly awards: readonly DecisionAward[];
  readonly baseSalary: { readonly amount: number; readonly source: string };
  readonly fundingSource: string;
  /** Điều 3, before the relevant bodies and the awarded collectives: "Chánh Văn phòng UBND tỉnh", … */
  readonly executors: readonly string[];
  /** The Tờ trình the decision answers; a decision without one is refused. */
  readonly proposal?: {
    /** Who submitted it: "Khối thi đua Nội chính". */
    readonly issuerName: string;
    readonly number: string;
    readonly date: IsoDate;
    readonly proposals: readonly Proposal[];
  };
  readonly signer: Signer;
  readonly recipients: Recipients;
}

/** One line the review changed: the unit's score, the reviewed one, each change as it was made. */
export interface ReviewSummaryLine {
  /** "I.1", "ĐT1" */
  readonly code: string;
  readonly title: string;
  readonly self: number;
  readonly reviewed: number;
  /** "10 → 7 (Phó Khối Nguyễn Văn A, 05/12/2024): thiếu minh chứng", in time order. */
  readonly changes: readonly string[];
}

export interface ReviewSummaryUnit {
  readonly unit: UnitRef;
  readonly selfTotal: number;
  readonly reviewedTotal: number;
  readonly lines: readonly ReviewSummaryLine[];
  /** The unit's answer to its review, with who gave it and when. */
  readonly reply?: string;
}

/** Bảng tổng hợp kết quả chấm chéo: attached to the score table's Báo cáo, like a Danh sách. */
export interface ReviewSummaryInput {
  readonly issuer: Issuer;
  readonly year: number;
  /** The score table's Báo cáo this table goes with. */
  readonly attachedTo: { readonly number: string; readonly date: IsoDate; readonly issuerName: string };
  /** As for DocumentMeta.version: the table issued again with its Báo cáo. */
  readonly version?: number;
  readonly units: readonly ReviewSummaryUnit[];
  readonly signer: Signer;
}

/**
 * Tờ trình đề nghị hủy/thu hồi khen thưởng: a case found after the UBND decision, against a unit it
 * awarded; the bloc proposes that the award be revoked.
 */
export interface RevocationProposalInput {
  readonly issuer: Issuer;
  readonly meta: DocumentMeta;
  readonly subject: string;
  readonly addressee: Addressee;
  readonly legalBases: readonly string[];
  /** The decision that made the award, as printed: "163/QĐ-UBND", its date and its signer's authority. */
  readonly decision: { readonly number: string; readonly date: IsoDate; readonly authority: string };
  readonly year: number;
  readonly unit: UnitRef;
  readonly award: Award;
  /** The case the proposal rests on, as the candidate lists print it (kind: reason (document)). */
  readonly grounds: string;
  /** Why the bloc proposes the revocation. */
  readonly reason: string;
  readonly signer: Signer;
  readonly recipients: Recipients;
}
