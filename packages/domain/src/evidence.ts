/** What a unit may attach as evidence: the database's checks and the upload screen both read these. */
export const EVIDENCE_MAX_BYTES = 20 * 1024 * 1024;

export const evidenceContentTypes = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
] as const;
export type EvidenceContentType = (typeof evidenceContentTypes)[number];

/** The file name endings of the allowed types, as a file chooser takes them. */
export const evidenceExtensions: Record<EvidenceContentType, readonly string[]> = {
  'application/pdf': ['.pdf'],
  'image/jpeg': ['.jpg', '.jpeg'],
  'image/png': ['.png'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['.docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['.xlsx'],
};
