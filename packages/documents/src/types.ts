// Input view-models of the records: plain data, already decided by the domain layer.
// Builders only lay them out (and refuse inconsistent data); they never compute outcomes.
export type * from './input/common';
export type * from './input/records';
