// @thidua/db: the PostgreSQL schema, client, migrations, repositories and seeds of Thi đua.

export { APP_GROUP_ROLE, assertApplicationRole, ensureAppLogin, withCredentials } from './app-role';
export { type AuditEntry, appendAudit } from './audit';
export { bulkInsert } from './bulk';
export {
  type CreateDbOptions,
  createDb,
  type Db,
  type DbHandle,
  type DbOrTx,
  type Schema,
  type Tx,
} from './client';
export { matching, ofCycleYear } from './conditions';
export { findPgError, translateDbError, withDbErrors } from './errors';
export {
  isMigrated,
  MIGRATION_LOCK_KEY,
  type MigrateResult,
  migrateDatabase,
  migrationsFolder,
} from './migrate';
export { allocateDocumentNumber, type NumberSeries, peekDocumentNumber } from './numbering';
export { DEFAULT_SCRYPT, hashPassword, needsRehash, type ScryptParams, verifyPassword } from './passwords';
export { preparedStatement } from './prepared';
export * from './repositories/assessments';
export * from './repositories/ballots';
export * from './repositories/blocs';
export * from './repositories/conference';
export * from './repositories/cycles';
export * from './repositories/decisions';
export * from './repositories/documents';
export * from './repositories/dossiers';
export * from './repositories/eligibility';
export * from './repositories/encrypted-ballots';
export * from './repositories/idempotency';
export * from './repositories/login-attempts';
export type { NewName } from './repositories/names';
export * from './repositories/notifications';
export * from './repositories/officials';
export * from './repositories/org';
export * from './repositories/pacts';
export * from './repositories/reviews';
export * from './repositories/rules';
export * from './repositories/stored-files';
export * from './repositories/units';
export * from './repositories/users';
export * as schema from './schema';
export { SEED_LOCK_KEY, type SeedResult, seedDemoData } from './seed/demo';
export { insertOrgStructure, type OrgStructure } from './seed/org';
export { type SyntheticSeedResult, seedSyntheticData } from './seed/synthetic';
