import type { Out } from '../../api/types';

/** One thing the signed-in person should do next; `kind` names the step and picks its screen. */
export type Task = Out['inbox']['list'][number];
