import { z } from 'zod';
import { cycleRef, requiredText } from '../../schemas/common';

export const adoptPlanInput = z.object({ ...cycleRef, planTitle: requiredText(300) }).strict();
