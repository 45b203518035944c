export * from './access';
export * from './audit';
export * from './phases';
export * from './steps';
