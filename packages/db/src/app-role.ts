import pg from 'pg';

/**
 * The group role migration 0010 grants the application's privileges to. The API and the worker log
 * in as a member of it; the tables belong to the role that runs the migrations.
 */
export const APP_GROUP_ROLE = 'thidua_app';

/** `url` with another user and password (keeps host, port, database and parameters). */
export function withCredentials(url: string, user: string, password: string): string {
  const u = new URL(url);
  u.username = encodeURIComponent(user);
  u.password = encodeURIComponent(password);
  return u.toString();
}

/** Runs `fn` on a connection of its own, closed afterwards. */
export async function withClient<T>(
  url: string,
  name: string,
  fn: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: url, application_name: name });
  client.on('error', () => {});
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`invalid role name: ${name}`);
  return `"${name}"`;
}

/**
 * Creates (or re-keys) the login role `login` as a member of `thidua_app`, through a connection that
 * may create roles (`adminUrl`: a superuser or a role with CREATEROLE). Roles belong to the server,
 * so this serves every database on it.
 */
export async function ensureAppLogin(
  adminUrl: string,
  login: { user: string; password: string },
): Promise<void> {
  const user = quoteIdent(login.user);
  await withClient(adminUrl, 'thidua-roles', async (admin) => {
    const group = await admin.query('select 1 from pg_roles where rolname = $1', [APP_GROUP_ROLE]);
    if (!group.rowCount) await admin.query(`create role ${quoteIdent(APP_GROUP_ROLE)} nologin`);
    const exists = await admin.query('select 1 from pg_roles where rolname = $1', [login.user]);
    const password = (await admin.query<{ q: string }>('select quote_literal($1) as q', [login.password]))
      .rows[0]!.q;
    await admin.query(
      `${exists.rowCount ? 'alter' : 'create'} role ${user} login nosuperuser nocreatedb nocreaterole inherit password ${password}`,
    );
    await admin.query(`grant ${quoteIdent(APP_GROUP_ROLE)} to ${user}`);
  });
}

/**
 * Refuses an application connection that could undo the database's own guarantees: a superuser, or
 * a role that owns (or may act as the owner of) a table of the schema, could disable the append-only
 * triggers, truncate or rewrite history. `what` names the setting in the message.
 */
export async function assertApplicationRole(url: string, what: string): Promise<void> {
  const found = await withClient(url, 'thidua-role-check', async (client) => {
    const r = await client.query<{ user: string; superuser: boolean; owned: string | null }>(
      `select current_user as user,
              (select rolsuper from pg_roles where rolname = current_user) as superuser,
              (select string_agg(c.relname, ', ' order by c.relname)
                 from (select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                        where n.nspname = 'public' and c.relkind in ('r', 'p')
                          and pg_has_role(current_user, c.relowner, 'MEMBER')
                        order by c.relname limit 3) c) as owned`,
    );
    return r.rows[0]!;
  });
  if (found.superuser) {
    throw new Error(
      `${what} connects as "${found.user}", a superuser: the application must log in as a member of ${APP_GROUP_ROLE} that owns nothing (see packages/db/README.md).`,
    );
  }
  if (found.owned) {
    throw new Error(
      `${what} connects as "${found.user}", which owns tables (${found.owned}…): the application must log in as a member of ${APP_GROUP_ROLE} that owns nothing; the owner runs only the migrations (DATABASE_MIGRATION_URL).`,
    );
  }
}
