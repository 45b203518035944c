/** Signs in through the API as a person would; returns the headers every later request carries. */
export async function signIn(
  baseUrl: string,
  username: string,
  password: string,
): Promise<Record<string, string>> {
  const response = await fetch(`${baseUrl}/api/trpc/auth.signIn`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-thidua-csrf': '1' },
    body: JSON.stringify({ json: { username, password } }),
  });
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('thidua_session='));
  if (!response.ok || !cookie)
    throw new Error(`sign-in as ${username} failed: ${response.status} ${await response.text()}`);
  return { cookie: cookie.split(';')[0]!, 'x-thidua-csrf': '1' };
}
