import { createTRPCRouter } from '../../trpc';
import { registerTargetsRoute } from './register-targets';
import { signPactRoute } from './sign-pact';

export const registrationRouter = createTRPCRouter({
  signPact: signPactRoute,
  registerTargets: registerTargetsRoute,
});
