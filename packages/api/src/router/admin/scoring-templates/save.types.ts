import { scoringTemplateSchema } from '@thidua/domain';
import { z } from 'zod';
import { cycleRef } from '../../../schemas/common';
import { domainDocument } from '../../../schemas/document';

export const saveTemplateInput = z
  .object({
    ...cycleRef,
    template: domainDocument(scoringTemplateSchema),
    expectedVersion: z.number().int().min(0).max(1_000_000),
  })
  .strict();
