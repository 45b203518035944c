import net from 'node:net';
import { SetupError } from './errors';

function listenOnce(port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen({ port, host, exclusive: true }, () => {
      const address = server.address();
      const bound = typeof address === 'object' && address ? address.port : port;
      server.close(() => resolve(bound));
    });
  });
}

/** Fails with an actionable one-liner when `port` is taken. */
export async function assertPortFree(port: number, what: string, envName: string): Promise<void> {
  try {
    await listenOnce(port, '127.0.0.1');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new SetupError(
        `Port ${port} (${what}) is already in use: stop the process holding it or set ${envName} to another port.`,
      );
    }
    throw error;
  }
}

/** A port the OS says is free right now. */
export function getFreePort(): Promise<number> {
  return listenOnce(0, '127.0.0.1');
}

/**
 * A free port in [min, max), for a server that stores its ports in narrower columns than the OS's
 * ephemeral range (Temporal keeps membership ports in a smallint: at most 32767).
 */
export async function getFreePortIn(min: number, max: number): Promise<number> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const port = min + Math.floor(Math.random() * (max - min));
    try {
      return await listenOnce(port, '127.0.0.1');
    } catch {
      // taken: try another
    }
  }
  throw new SetupError(`No free port between ${min} and ${max}.`);
}

/** Resolves once something accepts TCP connections on host:port. */
export async function waitForPort(port: number, host = '127.0.0.1', timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ port, host });
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new SetupError(`Nothing answered on ${host}:${port} within ${Math.round(timeoutMs / 1000)} s.`);
}
