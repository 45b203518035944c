// Each area's messages are their own export: a screen's chunk carries the areas it reads, not all.
export { admin } from './admin';
export { auth } from './auth';
export { committee } from './committee';
export { common, countdown, errors } from './common';
export { conference } from './conference';
export { cycle } from './cycle';
export { dossier } from './dossier';
export { inbox } from './inbox';
export { nav } from './nav';
export { records } from './records';
export { review } from './review';
export { selfAssessment } from './self-assessment';
export { tracker } from './tracker';
