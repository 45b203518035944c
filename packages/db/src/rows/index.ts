export * from './org';
export * from './scoring';
export * from './votes';
