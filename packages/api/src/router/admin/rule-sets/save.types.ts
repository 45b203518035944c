import { ruleSetSchema } from '@thidua/domain';
import { z } from 'zod';
import { domainDocument } from '../../../schemas/document';

export const saveRuleSetInput = z
  .object({ ruleSet: domainDocument(ruleSetSchema), expectedVersion: z.number().int().min(0).max(1_000_000) })
  .strict();
