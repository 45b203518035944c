import { z } from 'zod';
import { id, isoDate } from '../../../schemas/common';

export const endOfficialInput = z
  .object({
    officialId: id(),
    /** Last day in office (inclusive). */
    validTo: isoDate(),
  })
  .strict();
