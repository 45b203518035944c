/**
 * What the API needs to know of the browser's side of a request: whether it came over HTTPS (the
 * session cookie's Secure flag and name) and the client address (sign-in throttling). Behind a TLS
 * terminating proxy (an ingress, a load balancer) the socket says plain HTTP from the proxy; with
 * `trustProxy` the proxy's X-Forwarded-Proto and X-Forwarded-For are believed instead. Never set it
 * where clients reach the API directly: they could then claim any address.
 */
export interface RequestFacts {
  secure: boolean;
  clientIp: string | null;
}

export function requestFacts(
  request: Request,
  socketAddress: string | null,
  trustProxy: boolean,
): RequestFacts {
  const direct = { secure: new URL(request.url).protocol === 'https:', clientIp: socketAddress };
  if (!trustProxy) return direct;
  // The proxy next to us appends what it saw last: the rightmost entry is the only one it vouches for.
  const proto = lastEntry(request.headers.get('x-forwarded-proto'));
  const forwardedFor = lastEntry(request.headers.get('x-forwarded-for'));
  return {
    secure: proto ? proto.toLowerCase() === 'https' : direct.secure,
    clientIp: forwardedFor ?? socketAddress,
  };
}

function lastEntry(header: string | null): string | undefined {
  const entries = (header ?? '')
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
  return entries.at(-1);
}
