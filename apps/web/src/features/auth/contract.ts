import type { RouterOutputs } from '@thidua/api';

export type Me = RouterOutputs['auth']['me'];
