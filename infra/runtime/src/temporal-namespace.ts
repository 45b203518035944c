import { Connection, isGrpcServiceError } from '@temporalio/client';
import { msToTs } from '@temporalio/common/lib/time';
// CommonJS without static named exports: a default import works in both Node ESM and TypeScript.
import proto, { type temporal } from '@temporalio/proto';
import { connectionOptions, type Logger, type TemporalConfig } from '@thidua/config';
import { type SearchAttributeDefinition, SetupError } from '@thidua/local-services';

const { IndexedValueType } = proto.temporal.api.enums.v1;
const indexedType: Record<SearchAttributeDefinition['type'], temporal.api.enums.v1.IndexedValueType> = {
  Keyword: IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD,
  Text: IndexedValueType.INDEXED_VALUE_TYPE_TEXT,
  Int: IndexedValueType.INDEXED_VALUE_TYPE_INT,
  Double: IndexedValueType.INDEXED_VALUE_TYPE_DOUBLE,
  Bool: IndexedValueType.INDEXED_VALUE_TYPE_BOOL,
  Datetime: IndexedValueType.INDEXED_VALUE_TYPE_DATETIME,
  KeywordList: IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD_LIST,
};

const GRPC_NOT_FOUND = 5;
const GRPC_ALREADY_EXISTS = 6;
const RETENTION = '30 days';

export interface EnsureNamespaceOptions {
  temporal: TemporalConfig;
  searchAttributes: readonly SearchAttributeDefinition[];
  /** Create the namespace when it is missing (a self-hosted server); otherwise fail and say how. */
  allowCreate: boolean;
  logger: Logger;
}

/**
 * Makes sure the platform's namespace and search attributes exist on an existing Temporal server,
 * before the API or the worker rely on them.
 */
export async function ensureNamespace(options: EnsureNamespaceOptions): Promise<void> {
  const { address, namespace } = options.temporal;
  let connection: Connection;
  try {
    connection = await Connection.connect({ ...connectionOptions(options.temporal), connectTimeout: 10_000 });
  } catch (error) {
    throw new SetupError(
      `Cannot reach Temporal at ${address} (TEMPORAL_ADDRESS): ${(error as Error).message}. Check the address and the TLS settings.`,
    );
  }
  try {
    if (!(await namespaceExists(connection, namespace))) {
      if (!options.allowCreate) {
        throw new SetupError(
          `Temporal namespace "${namespace}" does not exist at ${address}: create it (\`temporal operator namespace create ${namespace}\`) or set TEMPORAL_CREATE_NAMESPACE=true.`,
        );
      }
      await createNamespace(connection, namespace);
      options.logger.info({ namespace, address }, 'Temporal namespace created');
    }
    await ensureSearchAttributes(connection, options);
  } finally {
    await connection.close();
  }
}

async function namespaceExists(connection: Connection, namespace: string): Promise<boolean> {
  try {
    await connection.workflowService.describeNamespace({ namespace });
    return true;
  } catch (error) {
    if (isGrpcServiceError(error) && error.code === GRPC_NOT_FOUND) return false;
    throw error;
  }
}

async function createNamespace(connection: Connection, namespace: string): Promise<void> {
  try {
    await connection.workflowService.registerNamespace({
      namespace,
      workflowExecutionRetentionPeriod: msToTs(RETENTION),
    });
  } catch (error) {
    // Another replica got there first.
    if (!(isGrpcServiceError(error) && error.code === GRPC_ALREADY_EXISTS)) {
      throw new SetupError(`Could not create Temporal namespace "${namespace}": ${(error as Error).message}`);
    }
  }
  // A new namespace becomes visible to every service of the cluster after a cache refresh.
  const deadline = Date.now() + 30_000;
  while (!(await namespaceExists(connection, namespace))) {
    if (Date.now() > deadline)
      throw new SetupError(`Temporal namespace "${namespace}" was created but never appeared.`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** A namespace just created reaches each service's cache at its own pace: retry NOT_FOUND for a while. */
async function retryNotFound<T>(call: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      return await call();
    } catch (error) {
      if (!(isGrpcServiceError(error) && error.code === GRPC_NOT_FOUND) || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

async function ensureSearchAttributes(
  connection: Connection,
  options: EnsureNamespaceOptions,
): Promise<void> {
  const { namespace } = options.temporal;
  const list = () => retryNotFound(() => connection.operatorService.listSearchAttributes({ namespace }));
  const { customAttributes } = await list();
  const missing = options.searchAttributes.filter(
    (attribute) => !(attribute.name in (customAttributes ?? {})),
  );
  if (missing.length === 0) return;
  try {
    await retryNotFound(() =>
      connection.operatorService.addSearchAttributes({
        namespace,
        searchAttributes: Object.fromEntries(
          missing.map((attribute) => [attribute.name, indexedType[attribute.type]]),
        ),
      }),
    );
  } catch (error) {
    // Another process (the API and the worker start together) may have added them meanwhile.
    const now = await list();
    if (missing.every((attribute) => attribute.name in (now.customAttributes ?? {}))) return;
    const names = missing.map((attribute) => `${attribute.name}=${attribute.type}`).join(', ');
    throw new SetupError(
      `Temporal namespace "${namespace}" lacks the search attributes ${names} and they could not be added (${(error as Error).message}): add them with \`temporal operator search-attribute create\`.`,
    );
  }
  options.logger.info(
    { namespace, added: missing.map((attribute) => attribute.name) },
    'search attributes registered',
  );
}
