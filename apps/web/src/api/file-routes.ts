/** The plain HTTP routes beside tRPC (apps/api routes/downloads.ts and uploads.ts). */
export const fileRoutes = {
  /** A generated record or an evidence file: the server tells them apart by id. */
  file: (id: string) => `/api/files/${encodeURIComponent(id)}`,
  /** The signed scan attached to a record. */
  signedScan: (documentId: string) => `/api/files/${encodeURIComponent(documentId)}/signed`,
  dossierZip: (cycleId: string) => `/api/cycles/${encodeURIComponent(cycleId)}/dossier.zip`,
  uploadEvidence: '/api/evidence',
  /** A file for a step about to be taken: a case's document, a unit's withdrawal letter. */
  uploadCaseFile: '/api/step-files/eligibility-case',
  uploadLetter: '/api/step-files/withdrawal-letter',
  stepFile: (id: string) => `/api/step-files/${encodeURIComponent(id)}`,
  uploadSignedScan: (documentId: string) => `/api/files/${encodeURIComponent(documentId)}/signed-scan`,
};
