import { z } from 'zod';
import { cycleRef, requiredText } from '../../schemas/common';

export const returnProposalInput = z.object({ ...cycleRef, reason: requiredText(2000) }).strict();
