import { roleScopeKind, roles } from '@thidua/domain';
import { sql } from 'drizzle-orm';
import { bigint, boolean, check, index, inet, integer, pgTable, text, unique } from 'drizzle-orm/pg-core';
import {
  createdAt,
  isNfc,
  literalList,
  notBlank,
  requiredRef,
  stampedNow,
  textId,
  timestamptz,
  yearInRange,
} from './columns';
import { roleEnum, scopeKindEnum } from './enums';
import { blocs, provinces, units } from './org';

export const users = pgTable(
  'users',
  {
    id: textId(),
    /** Stored lower-case NFC so lookups are exact. */
    username: text('username').notNull().unique(),
    /** `scrypt$N$r$p$salt$hash` (see passwords.ts). */
    passwordHash: text('password_hash').notNull(),
    displayName: text('display_name').notNull(),
    /** Job title for signature blocks ("GIÁM ĐỐC SỞ NỘI VỤ"), optional. */
    title: text('title'),
    active: boolean('active').notNull().default(true),
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    check('users_username_form', sql`${t.username} = lower(${t.username}) and ${isNfc(t.username)}`),
    check('users_username_not_blank', notBlank(t.username)),
    check('users_display_name_nfc', isNfc(t.displayName)),
    check('users_password_hash_form', sql`${t.passwordHash} like 'scrypt$%'`),
  ],
);

// The role → scope kind mapping is the domain's; the CHECK is generated from it.
const roleScopeCheck = sql.raw(
  roles.map((r) => `("role" = '${r}' and "scope_kind" = '${roleScopeKind[r]}')`).join(' or '),
);

/**
 * A role held on a scope. Exactly the id column matching the scope kind is set, so the FK protects it.
 * Bloc roles may be limited to one year (leadership rotates).
 */
export const userRoles = pgTable(
  'user_roles',
  {
    id: textId(),
    userId: requiredRef('user_id', () => users.id, { onDelete: 'cascade' }),
    role: roleEnum('role').notNull(),
    scopeKind: scopeKindEnum('scope_kind').notNull(),
    unitId: text('unit_id').references(() => units.id),
    blocId: text('bloc_id').references(() => blocs.id),
    provinceId: text('province_id').references(() => provinces.id),
    year: integer('year'),
  },
  (t) => [
    unique('user_roles_grant')
      .on(t.userId, t.role, t.scopeKind, t.unitId, t.blocId, t.provinceId, t.year)
      .nullsNotDistinct(),
    index('user_roles_user_idx').on(t.userId),
    check('user_roles_role_scope', roleScopeCheck),
    check(
      'user_roles_scope_ids',
      sql`(${t.unitId} is not null) = (${t.scopeKind} = 'unit')
        and (${t.blocId} is not null) = (${t.scopeKind} = 'bloc')
        and (${t.provinceId} is not null) = (${t.scopeKind} = 'province')`,
    ),
    check('user_roles_year', sql`${t.year} is null or ${yearInRange(t.year)}`),
  ],
);

/** The id is the SHA-256 of the cookie token: a leaked table does not leak live sessions. */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: requiredRef('user_id', () => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    expiresAt: timestamptz('expires_at').notNull(),
    lastSeenAt: stampedNow('last_seen_at'),
    ip: inet('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [
    index('sessions_user_idx').on(t.userId),
    index('sessions_expires_idx').on(t.expiresAt),
    check('sessions_id_hex', sql`${t.id} ~ '^[0-9a-f]{64}$'`),
    check('sessions_expiry', sql`${t.expiresAt} > ${t.createdAt}`),
  ],
);

/** What a row of login_attempts records: a password checked at sign-in or at a change, or an admin's unlock. */
export const loginAttemptKinds = ['signIn', 'changePassword', 'unlock'] as const;
export type LoginAttemptKind = (typeof loginAttemptKinds)[number];

/**
 * Every password check, for the throttle by username + address, username and address. A row is
 * written as a failure before the password is checked and turned into a success after, so an
 * attempt in flight already counts. An admin's unlock is a success of its own.
 */
export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    username: text('username').notNull(),
    ip: inet('ip'),
    at: stampedNow('at'),
    succeeded: boolean('succeeded').notNull(),
    kind: text('kind', { enum: loginAttemptKinds }).notNull().default('signIn'),
  },
  (t) => [
    index('login_attempts_username_at_idx').on(t.username, t.at),
    index('login_attempts_ip_at_idx').on(t.ip, t.at),
    check('login_attempts_kind', sql`${t.kind} in (${literalList(loginAttemptKinds)})`),
  ],
);
