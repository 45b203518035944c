export { parseRuntimeArgs, type Role, type RuntimeArgs, roles } from './args';
export { loadRuntimeConfig, type RuntimeConfig } from './config';
export { ensureNamespace } from './temporal-namespace';
