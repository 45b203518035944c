import { z } from 'zod';
import { id } from '../../../schemas/common';

export const getRuleSetInput = z.object({ ruleSetId: id() }).strict();
