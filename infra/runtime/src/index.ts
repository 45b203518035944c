export { parseRole, type Role, roles } from './args';
export { loadRuntimeConfig, type RuntimeConfig } from './config';
export { ensureNamespace } from './temporal-namespace';
