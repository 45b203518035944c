import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import superjson from 'superjson';

/** What a tRPC call over HTTP returns: status, decoded data or error, and the response. */
export interface HttpResult<T = unknown> {
  status: number;
  data?: T;
  error?: { message: string; code: number; data: { code: string; trpcCode: string; httpStatus: number } };
  response: Response;
}

/** A cookie jar and the two ways the web app calls tRPC (GET queries, POST mutations with the CSRF header). */
export function httpClient(baseUrl: string) {
  let cookie: string | undefined;
  const keep = (response: Response) => {
    for (const set of response.headers.getSetCookie()) {
      const [pair] = set.split(';');
      const [name, value] = (pair ?? '').split('=');
      cookie = value ? `${name}=${value}` : undefined;
    }
  };
  const decode = async <T>(response: Response): Promise<HttpResult<T>> => {
    keep(response);
    const body = (await response.json()) as { result?: { data: unknown }; error?: unknown };
    if (body.result)
      return {
        status: response.status,
        data: superjson.deserialize(body.result.data as never) as T,
        response,
      };
    return { status: response.status, error: superjson.deserialize(body.error as never), response };
  };
  const headers = (extra: Record<string, string> = {}) => ({ ...(cookie ? { cookie } : {}), ...extra });
  return {
    get cookie() {
      return cookie;
    },
    headers,
    async query<T = unknown>(path: string, input?: unknown): Promise<HttpResult<T>> {
      const query =
        input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(superjson.serialize(input)))}`;
      return decode<T>(await fetch(`${baseUrl}/api/trpc/${path}${query}`, { headers: headers() }));
    },
    async mutate<T = unknown>(
      path: string,
      input?: unknown,
      extra: Record<string, string> = { 'x-thidua-csrf': '1' },
    ) {
      const response = await fetch(`${baseUrl}/api/trpc/${path}`, {
        method: 'POST',
        headers: headers({ 'content-type': 'application/json', ...extra }),
        body: JSON.stringify(superjson.serialize(input)),
      });
      return response.status === 403 &&
        response.headers.get('content-type')?.includes('json') &&
        !extra['x-thidua-csrf']
        ? { status: 403, response, error: (await response.json()) as never }
        : decode<T>(response);
    },
    async signIn(username: string, password: string) {
      return this.mutate('auth.signIn', { username, password });
    },
  };
}

/** Serves `app` on a free local port: its base URL, and how to stop it. */
export async function listen(app: { fetch: (request: Request) => Response | Promise<Response> }) {
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

type Client = ReturnType<typeof httpClient>;

/**
 * Posts a multipart form with one file, as the web app's uploads do (the CSRF header, the session's
 * cookie): the status, the error's code and the answer.
 */
export async function postFile(
  baseUrl: string,
  client: Client,
  path: string,
  fields: Record<string, string>,
  file: { blob: Blob; name: string },
) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  form.set('file', file.blob, file.name);
  const response = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: client.headers({ 'x-thidua-csrf': '1' }),
    body: form,
  });
  const body = (await response.json()) as { id?: string; fileName?: string; error?: { code: string } };
  return { status: response.status, code: body.error?.code, body };
}
