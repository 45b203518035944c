import { z } from 'zod';
import { cycleRef, page } from '../../schemas/common';

export const auditListInput = z.object({ ...cycleRef, page: page() }).strict();
