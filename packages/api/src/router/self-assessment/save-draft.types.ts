import { z } from 'zod';
import { hasForbiddenChars } from '../../schemas/chars';
import { cycleRef, id, points, text, unitRef } from '../../schemas/common';

/** One field of the sheet per criterion or item, as typed: kept even when not valid yet. */
const typedField = (max: number) =>
  z
    .record(
      id(),
      z
        .string()
        .max(max)
        .refine((v) => !hasForbiddenChars(v), 'Văn bản chứa ký tự không hợp lệ.'),
    )
    .refine((fields) => Object.keys(fields).length <= 500, 'Quá nhiều ô trong bản nháp.');

/** The draft as typed: the server derives the valid sheet from it and keeps the rest as typed. */
const typedSheetInput = z
  .object({
    scores: typedField(50),
    notes: typedField(20_000),
    bonuses: typedField(50),
    penalties: typedField(50),
  })
  .strict();

export const saveDraftInput = z
  .object({
    ...cycleRef,
    ...unitRef,
    criteria: z
      .array(z.object({ criterionId: id(), selfScore: points(), selfNote: text(2000).optional() }).strict())
      .max(500)
      .optional(),
    bonuses: z
      .array(z.object({ itemId: id(), selfPoints: points() }).strict())
      .max(100)
      .optional(),
    penalties: z
      .array(z.object({ itemId: id(), selfCount: z.number().int().min(0).max(1000) }).strict())
      .max(100)
      .optional(),
    typed: typedSheetInput.optional(),
  })
  .strict()
  .refine((input) => !(input.typed && (input.criteria || input.bonuses || input.penalties)), {
    message: 'Gửi bản nháp theo một cách: các ô như đã gõ, hoặc bảng điểm.',
  });
