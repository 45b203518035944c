// Shared pieces of the record inputs: issuer, number/date, signers, units, awards, votes.

/** 'YYYY-MM-DD' */
export type IsoDate = string;

/** The left header column: the direct parent agency (optional) and the issuing body. */
export interface Issuer {
  /** Chủ quản, e.g. "UBND tỉnh Bắc Kạn" (rendered upper case, upright). */
  readonly parent?: string;
  /** e.g. "Khối thi đua Nội chính" (rendered upper case, bold); "\n" forces a line break. */
  readonly name: string;
}

/** Number, date and place of an issued record. The number comes from the database counter. */
export interface DocumentMeta {
  /** "05/TTr-KTĐNC" (without "Số:"). */
  readonly number: string;
  readonly date: IsoDate;
  /** Địa danh: "Bắc Kạn". */
  readonly place: string;
  /** The record's version when it is issued again for the same step (same number); 1 when absent. */
  readonly version?: number;
}

/** A signature block: authority and title lines (bold upper case), the signer's name (bold). */
export interface Signer {
  /** "TM. KHỐI THI ĐUA", "KT. CHỦ TỊCH", or a unit name in joint signatures. */
  readonly capacity?: string;
  /** "TRƯỞNG KHỐI", "PHÓ CHỦ TỊCH", "THƯ KÝ". */
  readonly title: string;
  /** The post in the agency, for advisory bodies such as a bloc: "Chánh Thanh tra tỉnh". */
  readonly post?: string;
  readonly name: string;
}

export interface Person {
  readonly name: string;
  /** "Chánh Thanh tra tỉnh" */
  readonly post: string;
}

export interface UnitRef {
  readonly id: string;
  /** Short form used in tables: "Thanh tra tỉnh". */
  readonly name: string;
  /** Full name, without abbreviations (Mẫu 02, decisions): "Thanh tra tỉnh Bắc Kạn". */
  readonly fullName?: string;
}

export type AwardKind = 'provincialFlag' | 'certificateOfMerit';

export interface Award {
  readonly kind: AwardKind;
  /** "Cờ thi đua của UBND tỉnh" */
  readonly name: string;
  /** How many units the bloc may propose (and a ballot may mark). */
  readonly seats: number;
}

/** Recipient lines without the leading "- " and the final ";"/"." (added by the layout). */
export type Recipients = readonly string[];

/** A block of body text; `heading` carries its own numbering ("I. …", "1. …"). */
export interface Section {
  readonly heading?: string;
  readonly paragraphs?: readonly string[];
  /** "- …" items. */
  readonly items?: readonly string[];
  readonly children?: readonly Section[];
}

/** How percentages are computed and what passes: stated on every record that shows a vote. */
export interface VoteBasis {
  readonly denominator: {
    readonly kind: 'members' | 'present' | 'received' | 'valid';
    readonly count: number;
  };
  /** e.g. 50 with strict = true means "> 50 %". */
  readonly threshold: { readonly percent: number; readonly strict: boolean };
}

export interface VoteRow {
  readonly unit: UnitRef;
  readonly votes: number;
  /** Decided by the tally (threshold, seats, tie-break); shown as "Đạt"/"Không đạt". */
  readonly passed: boolean;
  /** The tally's own wording ("Được đề nghị", "Không đạt tỷ lệ"), printed instead of Đạt/Không đạt. */
  readonly resultLabel?: string;
  readonly note?: string;
  /** The basis of the round that decided this row, when the rows of a record come from several rounds. */
  readonly basis?: VoteBasis;
}

export interface AwardVote {
  readonly award: Award;
  readonly rows: readonly VoteRow[];
}

/** A leadership office elected at the conference: "Trưởng Khối năm 2024". */
export interface Office {
  readonly kind: 'blocHead' | 'blocDeputy';
  readonly name: string;
  /** Always 01: one unit holds the office. */
  readonly seats: number;
}

/** What one round votes on: an award proposal or a leadership office. */
export type VoteSubject = Award | Office;

/** The result table of one round, award or election. */
export interface RoundVote {
  readonly award: VoteSubject;
  readonly rows: readonly VoteRow[];
}

export interface Addressee {
  /** "Chủ tịch Ủy ban nhân dân tỉnh Bắc Kạn" */
  readonly to: string;
  /** "Ban Thi đua - Khen thưởng, Sở Nội vụ" → "(qua …)" */
  readonly via?: string;
}
