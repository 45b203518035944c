/** Stable codes the API can map; the message is Vietnamese, for the secretariat reading it in the UI. */
export type DocumentDataErrorCode =
  | 'MISSING_NUMBER'
  | 'INVALID_NUMBER'
  | 'MISSING_DATE'
  | 'MISSING_FIELD'
  | 'EMPTY_LIST'
  | 'INCONSISTENT_COUNTS'
  | 'PROPOSAL_WITHOUT_PASSING_VOTE'
  | 'PROPOSAL_OVER_QUOTA'
  | 'DECISION_WITHOUT_PROPOSAL'
  | 'UNKNOWN_UNIT'
  | 'INVALID_SCORE'
  | 'DUPLICATE_FILE';

export class DocumentDataError extends Error {
  override readonly name = 'DocumentDataError';
  constructor(
    readonly code: DocumentDataErrorCode,
    message: string,
    /** Path of the offending field in the input, for the UI to highlight. */
    readonly field?: string,
  ) {
    super(message);
  }
}
