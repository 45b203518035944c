import type { RouterOutputs } from '@thidua/api';

export type Me = RouterOutputs['auth']['me'];
type Grant = Me['grants'][number];
export type Role = Grant['role'];
