import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { adminRouter } from './router/admin';
import { auditRouter } from './router/audit';
import { authRouter } from './router/auth';
import { committeeRouter } from './router/committee';
import { conferenceRouter } from './router/conference';
import { cyclesRouter } from './router/cycles';
import { dossierRouter } from './router/dossier';
import { eligibilityRouter } from './router/eligibility';
import { inboxRouter } from './router/inbox';
import { notificationsRouter } from './router/notifications';
import { registrationRouter } from './router/registration';
import { reviewRouter } from './router/review';
import { selfAssessmentRouter } from './router/self-assessment';
import { systemRouter } from './router/system';
import { trackerRouter } from './router/tracker';
import { createCallerFactory, createTRPCRouter } from './trpc';

export const appRouter = createTRPCRouter({
  system: systemRouter,
  auth: authRouter,
  inbox: inboxRouter,
  cycles: cyclesRouter,
  registration: registrationRouter,
  tracker: trackerRouter,
  selfAssessment: selfAssessmentRouter,
  review: reviewRouter,
  conference: conferenceRouter,
  eligibility: eligibilityRouter,
  dossier: dossierRouter,
  committee: committeeRouter,
  notifications: notificationsRouter,
  audit: auditRouter,
  admin: adminRouter,
});

export type AppRouter = typeof appRouter;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

/** `createCaller(context)` runs procedures in-process. */
export const createCaller = createCallerFactory(appRouter);
