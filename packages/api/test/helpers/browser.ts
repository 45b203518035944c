import { type ApiServices, appRouter, createTRPCContext } from '@thidua/api';
import { createCallerFactory } from '../../src/trpc';

const factory = createCallerFactory(appRouter);

/**
 * A browser in miniature for in-process calls: keeps the session cookie a procedure sets and
 * sends it back, from a fixed client address.
 */
export function browser(services: ApiServices, options: { ip?: string; secure?: boolean } = {}) {
  let cookie: string | undefined;
  const lastSetCookies: string[] = [];
  const caller = () => {
    const headers = new Headers();
    if (cookie) headers.set('cookie', cookie);
    const resHeaders = new Headers();
    const ctx = createTRPCContext({
      headers,
      services,
      resHeaders,
      clientIp: options.ip ?? '203.0.113.7',
      secure: options.secure ?? false,
    });
    const api = factory(ctx);
    return { api, resHeaders };
  };
  const remember = (resHeaders: Headers) => {
    for (const set of resHeaders.getSetCookie()) {
      lastSetCookies.push(set);
      const [pair] = set.split(';');
      const [name, value] = (pair ?? '').split('=');
      cookie = value ? `${name}=${value}` : undefined;
    }
  };
  return {
    async call<T>(fn: (api: ReturnType<typeof factory>) => Promise<T>): Promise<T> {
      const { api, resHeaders } = caller();
      try {
        return await fn(api);
      } finally {
        remember(resHeaders);
      }
    },
    get cookie() {
      return cookie;
    },
    setCookies: lastSetCookies,
  };
}
