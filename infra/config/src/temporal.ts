import { readFileSync } from 'node:fs';
import type { ConnectionOptions, TLSConfig } from '@temporalio/client';
import { ConfigError } from './errors';
import { boolean, existingFile, hostPort, nonEmpty, optional, required, withDefault } from './fields';

/** Where and how to reach Temporal; the same variables for the API, the worker and the runtime. */
export const temporalEnv = {
  TEMPORAL_ADDRESS: required(hostPort),
  TEMPORAL_NAMESPACE: withDefault(nonEmpty, 'thidua'),
  /** mTLS client certificate and key (self-hosted with mTLS, or Temporal Cloud with certificates). */
  TEMPORAL_TLS_CERT_PATH: optional(existingFile),
  TEMPORAL_TLS_KEY_PATH: optional(existingFile),
  /** CA of the server's certificate, when the system trust store does not know it. */
  TEMPORAL_TLS_CA_PATH: optional(existingFile),
  TEMPORAL_TLS_SERVER_NAME: optional(nonEmpty),
  /** Temporal Cloud API key; implies TLS. */
  TEMPORAL_API_KEY: optional(nonEmpty),
  /** Force TLS on (e.g. server-only TLS with a public certificate); on by default when any TLS setting is given. */
  TEMPORAL_TLS: withDefault(boolean, false),
};

export interface TemporalConfig {
  address: string;
  namespace: string;
  tls?: { certPath?: string; keyPath?: string; caPath?: string; serverName?: string };
  apiKey?: string;
}

interface TemporalEnv {
  TEMPORAL_ADDRESS: string;
  TEMPORAL_NAMESPACE: string;
  TEMPORAL_TLS_CERT_PATH?: string | undefined;
  TEMPORAL_TLS_KEY_PATH?: string | undefined;
  TEMPORAL_TLS_CA_PATH?: string | undefined;
  TEMPORAL_TLS_SERVER_NAME?: string | undefined;
  TEMPORAL_API_KEY?: string | undefined;
  TEMPORAL_TLS: boolean;
}

export function toTemporalConfig(env: TemporalEnv): TemporalConfig {
  if (Boolean(env.TEMPORAL_TLS_CERT_PATH) !== Boolean(env.TEMPORAL_TLS_KEY_PATH)) {
    const missing = env.TEMPORAL_TLS_CERT_PATH ? 'TEMPORAL_TLS_KEY_PATH' : 'TEMPORAL_TLS_CERT_PATH';
    throw new ConfigError(
      `Invalid configuration: ${missing} — expected alongside its pair (mTLS needs both the certificate and the key).`,
    );
  }
  const tlsWanted =
    env.TEMPORAL_TLS ||
    Boolean(
      env.TEMPORAL_TLS_CERT_PATH ||
        env.TEMPORAL_TLS_KEY_PATH ||
        env.TEMPORAL_TLS_CA_PATH ||
        env.TEMPORAL_TLS_SERVER_NAME ||
        env.TEMPORAL_API_KEY,
    );
  return {
    address: env.TEMPORAL_ADDRESS,
    namespace: env.TEMPORAL_NAMESPACE,
    ...(tlsWanted
      ? {
          tls: {
            ...(env.TEMPORAL_TLS_CERT_PATH ? { certPath: env.TEMPORAL_TLS_CERT_PATH } : {}),
            ...(env.TEMPORAL_TLS_KEY_PATH ? { keyPath: env.TEMPORAL_TLS_KEY_PATH } : {}),
            ...(env.TEMPORAL_TLS_CA_PATH ? { caPath: env.TEMPORAL_TLS_CA_PATH } : {}),
            ...(env.TEMPORAL_TLS_SERVER_NAME ? { serverName: env.TEMPORAL_TLS_SERVER_NAME } : {}),
          },
        }
      : {}),
    ...(env.TEMPORAL_API_KEY ? { apiKey: env.TEMPORAL_API_KEY } : {}),
  };
}

/** The options both `Connection.connect` (client) and `NativeConnection.connect` (worker) accept. */
export type TemporalConnectionOptions = Pick<ConnectionOptions, 'address'> & {
  tls?: TLSConfig;
  apiKey?: string;
};

/** One place turns configuration into connection options, so the API and the worker connect alike. */
export function connectionOptions(config: TemporalConfig): TemporalConnectionOptions {
  const options: TemporalConnectionOptions = { address: config.address };
  if (config.tls) {
    const { certPath, keyPath, caPath, serverName } = config.tls;
    options.tls = {
      ...(certPath && keyPath
        ? { clientCertPair: { crt: readFileSync(certPath), key: readFileSync(keyPath) } }
        : {}),
      ...(caPath ? { serverRootCACertificate: readFileSync(caPath) } : {}),
      ...(serverName ? { serverNameOverride: serverName } : {}),
    };
  }
  if (config.apiKey) options.apiKey = config.apiKey;
  return options;
}
