import { z } from 'zod';
import { cycleRef, text } from '../../schemas/common';

/** The chair's reason is needed only when next year's leaders go against the rotation rule. */
export const confirmResultsInput = z.object({ ...cycleRef, rotationReason: text(2000).optional() }).strict();
