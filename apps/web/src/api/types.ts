import type { RouterInputs, RouterOutputs } from '@thidua/api';

/** Shorthands for what the screens read and send, straight from the API's router. */
export type Out = RouterOutputs;
export type In = RouterInputs;
