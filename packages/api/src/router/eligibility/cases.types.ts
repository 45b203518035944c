import { eligibilityBlockCodes } from '@thidua/domain';
import { z } from 'zod';
import { cycleRef, isoDate, requiredText, unitRef, uuid } from '../../schemas/common';

/** A case against a unit: its kind (one of the year's), reason, document and optional uploaded file. */
export const recordCaseInput = z
  .object({
    ...cycleRef,
    ...unitRef,
    code: z.enum(eligibilityBlockCodes),
    reason: requiredText(1000),
    documentRef: requiredText(300),
    fileId: uuid().optional(),
  })
  .strict();

/** A case's end: the day and what ended it. */
export const clearCaseInput = z
  .object({
    ...cycleRef,
    ...unitRef,
    caseId: requiredText(200),
    clearedOn: isoDate(),
    note: requiredText(1000),
  })
  .strict();
