/**
 * The session cookie. Over https it takes the `__Host-` prefix, which browsers accept only with
 * Secure, Path=/ and no Domain: a sibling subdomain cannot plant or overwrite it.
 */
const SESSION_COOKIE = 'thidua_session';
const SECURE_SESSION_COOKIE = `__Host-${SESSION_COOKIE}`;

function sessionCookieName(secure: boolean): string {
  return secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
}

/** The token from a Cookie header (either name: a proxy may terminate TLS in front of us). */
export function readSessionToken(cookieHeader: string | null | undefined): string | undefined {
  if (!cookieHeader) return undefined;
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    if (name !== SESSION_COOKIE && name !== SECURE_SESSION_COOKIE) continue;
    const value = part.slice(eq + 1).trim();
    // Our tokens are 43 base64url characters; anything else is not worth a database lookup.
    if (/^[A-Za-z0-9_-]{43}$/.test(value)) return value;
  }
  return undefined;
}

/** Set-Cookie for a new session. No Max-Age: the server decides expiry, the cookie ends with the browser. */
export function sessionCookie(token: string, secure: boolean): string {
  const attrs = [`${sessionCookieName(secure)}=${token}`, 'Path=/', 'HttpOnly', 'SameSite=Lax'];
  if (secure) attrs.push('Secure');
  return attrs.join('; ');
}

export function clearedSessionCookie(secure: boolean): string {
  const attrs = [`${sessionCookieName(secure)}=`, 'Path=/', 'HttpOnly', 'SameSite=Lax', 'Max-Age=0'];
  if (secure) attrs.push('Secure');
  return attrs.join('; ');
}
