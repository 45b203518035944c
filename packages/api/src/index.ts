export { readSessionToken } from './auth/cookie';
export { type AuthPolicy, defaultAuthPolicy } from './auth/policy';
export type { Principal } from './auth/principal';
export { type MatrixEntry, matrix, type RoutePath, routeMatrix } from './authz/matrix';
export { answerOf, type ErrorAnswer } from './errors/answer';
export type { ErrorData } from './errors/format';
export { ACTION_KEY_HEADER, actionKeyMalformed } from './http/action-key';
export { CSRF_HEADER, type CsrfOptions, checkCsrf } from './http/csrf';
export { httpError } from './http/errors';
export { firstAnswers, firstAnswersElement } from './http/first-answers';
export { type FirstScreen, firstScreenOf, firstScreens, pageFileOf } from './http/first-queries';
export { authenticate, authorizeRoute } from './http/route-access';
export {
  batchRefused,
  bodyLimitOf,
  MAX_JSON_DEPTH,
  nestsDeeperThan,
  procedurePaths,
} from './http/trpc-request';
export { importDemoYear2022 } from './import/demo-2022';
export { type AppRouter, appRouter, createCaller, type RouterInputs, type RouterOutputs } from './root';
export { createAdminAccount } from './services/admin/first-admin';
export { contentDisposition } from './services/files/content-disposition';
export { dossierZip } from './services/files/dossier-zip';
export {
  documentFile,
  evidenceFile,
  findFileKind,
  signedScanFile,
  stepFile,
  storedFileStream,
} from './services/files/download';
export {
  type ReceivedFile,
  SIGNED_SCAN_MAX_BYTES,
  uploadEvidence,
  uploadLimits,
  uploadSignedScan,
  uploadStepFile,
} from './services/files/uploads';
export { type ApiServices, type Context, type CreateContextOptions, createTRPCContext } from './trpc';
