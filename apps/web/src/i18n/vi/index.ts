import { admin } from './admin';
import { auth } from './auth';
import { committee } from './committee';
import { common, countdown, errors } from './common';
import { conference } from './conference';
import { cycle } from './cycle';
import { dossier } from './dossier';
import { inbox } from './inbox';
import { nav } from './nav';
import { records } from './records';
import { review } from './review';
import { selfAssessment } from './self-assessment';
import { tracker } from './tracker';

export const vi = {
  common,
  countdown,
  errors,
  nav,
  auth,
  inbox,
  cycle,
  selfAssessment,
  review,
  tracker,
  conference,
  dossier,
  committee,
  records,
  admin,
};
