import { createTRPCRouter } from '../../trpc';
import { changePasswordRoute } from './change-password';
import { meRoute } from './me';
import { endOtherSessionsRoute, endSessionRoute, sessionsRoute } from './sessions';
import { signInRoute } from './sign-in';
import { signOutRoute } from './sign-out';

export const authRouter = createTRPCRouter({
  signIn: signInRoute,
  signOut: signOutRoute,
  me: meRoute,
  changePassword: changePasswordRoute,
  sessions: sessionsRoute,
  endSession: endSessionRoute,
  endOtherSessions: endOtherSessionsRoute,
});
