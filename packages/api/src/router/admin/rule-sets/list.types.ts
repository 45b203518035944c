import { z } from 'zod';
import { year } from '../../../schemas/common';

export const listRuleSetsInput = z.object({ year: year().optional() }).strict().default({});
