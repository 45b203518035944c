import { z } from 'zod';
import { coded } from '../../schemas/coded';
import { cycleRef, id, isoDate, page } from '../../schemas/common';

const auditFilters = z
  .object({
    actorUserId: id().optional(),
    action: z
      .string()
      .regex(/^[a-zA-Z][a-zA-Z0-9.]*$/, 'Thao tác không hợp lệ.')
      .max(64)
      .optional(),
    from: isoDate().optional(),
    to: isoDate().optional(),
    unitId: id().optional(),
  })
  .strict()
  .refine((f) => !f.from || !f.to || f.from <= f.to, { ...coded('DATE_RANGE_REVERSED'), path: ['to'] });

export const auditListInput = z
  .object({ ...cycleRef, filters: auditFilters.optional(), page: page() })
  .strict();
export const auditFacetsInput = z.object({ ...cycleRef }).strict();
