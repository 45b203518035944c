import { z } from 'zod';
import { nonEmptyTextSchema, textSchema } from '../text';

/**
 * One unit's score sheet for a cycle. Both scores are kept (DOMAIN §2.4): the unit's self
 * score and the reviewers' score. `reviewedScore` absent = the reviewers accepted the self score.
 */
export const criterionScoreSchema = z.object({
  criterionId: nonEmptyTextSchema(),
  selfScore: z.number(),
  reviewedScore: z.number().optional(),
  /** Required when reviewedScore differs from selfScore. */
  reviewReason: textSchema().optional(),
  /** The unit's own explanation and evidence references. */
  selfNote: textSchema().optional(),
});
export type CriterionScore = z.infer<typeof criterionScoreSchema>;

export const bonusClaimSchema = z.object({
  itemId: nonEmptyTextSchema(),
  selfPoints: z.number(),
  reviewedPoints: z.number().optional(),
  reviewReason: textSchema().optional(),
});
export type BonusClaim = z.infer<typeof bonusClaimSchema>;

export const penaltyEntrySchema = z.object({
  itemId: nonEmptyTextSchema(),
  selfCount: z.number(),
  reviewedCount: z.number().optional(),
  reviewReason: textSchema().optional(),
});
export type PenaltyEntry = z.infer<typeof penaltyEntrySchema>;

export const scoreSheetSchema = z.object({
  unitId: nonEmptyTextSchema(),
  criteria: z.array(criterionScoreSchema),
  bonuses: z.array(bonusClaimSchema).optional(),
  penalties: z.array(penaltyEntrySchema).optional(),
  /** Disqualifiers (điều kiện loại) found at review. */
  disqualifierIds: z.array(nonEmptyTextSchema()).optional(),
  /** Reports submitted after their deadline, marked by the workflow's timers. */
  lateReports: z.number().optional(),
});
export type ScoreSheet = z.infer<typeof scoreSheetSchema>;
