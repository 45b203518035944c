/** The plain HTTP routes beside tRPC (apps/api routes/downloads.ts and uploads.ts). */
export const fileRoutes = {
  /** A generated record or an evidence file: the server tells them apart by id. */
  file: (id: string) => `/api/files/${encodeURIComponent(id)}`,
  /** The signed scan attached to a record. */
  signedScan: (documentId: string) => `/api/files/${encodeURIComponent(documentId)}/signed`,
  dossierZip: (cycleId: string) => `/api/cycles/${encodeURIComponent(cycleId)}/dossier.zip`,
  uploadEvidence: '/api/evidence',
  uploadSignedScan: (documentId: string) => `/api/files/${encodeURIComponent(documentId)}/signed-scan`,
};
