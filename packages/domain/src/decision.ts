/**
 * The provincial decision as the reviewer types it: its number and its date. Checked the same way
 * by the web form, the API's input schema and the workflow's validator, so a typing mistake is
 * refused before the step is accepted and never reaches the activity that stores the decision.
 */
import { type IsoDate, isIsoDate } from './dates';

import { DomainError, errorMessages } from './errors';
import { formatDateShort } from './format/date-line';
import { cleanText } from './text';

/** The UBND's own numbering (ND 30/2020 Phụ lục III): yearly number, "QĐ", issuer "UBND". */
const DECISION_NUMBER = /^(\d{1,5})\/QĐ-UBND$/u;

/**
 * The stored form of a decision number, or undefined when it is not "123/QĐ-UBND": NFC, trimmed,
 * and written as ND 30/2020 writes numbers (below 10 with a leading zero: "1/QĐ-UBND" is 01/QĐ-UBND).
 */
export function decisionNumberOf(text: unknown): string | undefined {
  if (typeof text !== 'string') return undefined;
  const m = DECISION_NUMBER.exec(cleanText(text));
  const value = m ? Number(m[1]) : 0;
  // A number is 1 or more: "0/QĐ-UBND" is never issued.
  return value >= 1 ? `${String(value).padStart(2, '0')}/QĐ-UBND` : undefined;
}

export function isDecisionNumber(text: unknown): boolean {
  return decisionNumberOf(text) !== undefined;
}

/** The decision number in its stored form; INVALID_DECISION_NUMBER otherwise. */
export function checkDecisionNumber(text: unknown): string {
  const number = decisionNumberOf(text);
  if (number === undefined) {
    throw new DomainError('INVALID_DECISION_NUMBER', errorMessages.INVALID_DECISION_NUMBER, {
      field: 'number',
    });
  }
  return number;
}

export interface DecisionDateBounds {
  /** The day (in Vietnam) the Tờ trình reached the committee; the decision cannot precede it. */
  submittedOn?: IsoDate | undefined;
  /** Today in Vietnam; a decision is recorded once signed, so never dated later. */
  today: IsoDate;
}

/** The first thing wrong with a decision date, or undefined. */
export function decisionDateIssue(date: unknown, bounds: DecisionDateBounds): DomainError | undefined {
  if (!isIsoDate(date)) {
    return new DomainError('INVALID_DATE', 'Ngày ký quyết định không hợp lệ (định dạng đúng: YYYY-MM-DD).', {
      field: 'decisionDate',
    });
  }
  if (bounds.submittedOn !== undefined && date < bounds.submittedOn) {
    return new DomainError(
      'DECISION_BEFORE_PROPOSAL',
      `Ngày ký quyết định không được trước ngày Khối trình Tờ trình (${formatDateShort(bounds.submittedOn)}).`,
      { field: 'decisionDate', submittedOn: bounds.submittedOn },
    );
  }
  if (date > bounds.today) {
    return new DomainError(
      'DECISION_DATE_IN_FUTURE',
      `Ngày ký quyết định không được sau ngày hôm nay (${formatDateShort(bounds.today)}).`,
      { field: 'decisionDate', today: bounds.today },
    );
  }
  return undefined;
}

export function checkDecisionDate(date: unknown, bounds: DecisionDateBounds): IsoDate {
  const issue = decisionDateIssue(date, bounds);
  if (issue) throw issue;
  return date as IsoDate;
}

/** The message when the number was already used by the province that year. */
export function decisionNumberTakenMessage(number: string, year: number): string {
  return `Số quyết định ${number} đã được dùng cho một quyết định khác năm ${year} của tỉnh; kiểm tra lại số trên bản quyết định đã ký.`;
}

/** The signature block of the Chairman's decision: authority (when a deputy signs), then the title. */
export interface DecisionSignature {
  /** "KT. Chủ tịch" when a Vice-Chairman signs for the Chairman (ND 30/2020 Phụ lục I ô 7a). */
  capacity?: string | undefined;
  title: string;
}

// "Chủ tịch UBND tỉnh", "Phó Chủ tịch Ủy ban nhân dân tỉnh Thái Nguyên": the issuer is in the header.
const OF_COMMITTEE = /\s+(UBND|Ủy ban nhân dân|Uỷ ban nhân dân)(\s+tỉnh.*)?$/iu;

/**
 * How the signer's post, as the reviewer typed it, is printed under the decision: the Chairman signs
 * as "CHỦ TỊCH"; a Vice-Chairman signs for the Chairman ("KT. CHỦ TỊCH" above "PHÓ CHỦ TỊCH"). The
 * committee's name is left to the header. Any other post is printed as typed.
 */
export function decisionSignature(signerTitle: string): DecisionSignature {
  const typed = cleanText(signerTitle);
  const post = typed.replace(OF_COMMITTEE, '');
  if (/^phó chủ tịch(\s|$)/iu.test(post)) return { capacity: 'KT. Chủ tịch', title: post };
  if (/^chủ tịch$/iu.test(post)) return { title: post };
  return { title: typed };
}
