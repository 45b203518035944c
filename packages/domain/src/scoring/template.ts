import { z } from 'zod';
import { DomainError } from '../errors';
import { tierIds } from '../rules/tiers';
import { nonEmptyTextSchema, textSchema } from '../text';
import { isMultipleOf } from './points';

const points = z.number().finite().positive();

export const criterionSchema = z.object({
  id: nonEmptyTextSchema(),
  /** Printed number, "1.1". */
  code: nonEmptyTextSchema(),
  title: nonEmptyTextSchema(),
  maxPoints: points,
  guidance: textSchema().optional(),
});
export type Criterion = z.infer<typeof criterionSchema>;

export const criterionGroupSchema = z.object({
  id: nonEmptyTextSchema(),
  /** Roman numeral as printed: "I". */
  code: nonEmptyTextSchema(),
  title: nonEmptyTextSchema(),
  criteria: z.array(criterionSchema).min(1),
});
export type CriterionGroup = z.infer<typeof criterionGroupSchema>;

export const bonusItemSchema = z.object({
  id: nonEmptyTextSchema(),
  title: nonEmptyTextSchema(),
  maxPoints: points,
});
export type BonusItem = z.infer<typeof bonusItemSchema>;

export const penaltyItemSchema = z.object({
  id: nonEmptyTextSchema(),
  title: nonEmptyTextSchema(),
  /** Points deducted per occurrence. */
  pointsEach: points,
  maxCount: z.number().int().positive().optional(),
});
export type PenaltyItem = z.infer<typeof penaltyItemSchema>;

export const disqualifierSchema = z.object({ id: nonEmptyTextSchema(), title: nonEmptyTextSchema() });
export type Disqualifier = z.infer<typeof disqualifierSchema>;

/** A rank tier: total ≥ minTotal AND every criterion ≥ minCriterionPercent % of its max (DOMAIN §2.4). */
export const tierRuleSchema = z.object({
  id: z.enum(tierIds),
  label: nonEmptyTextSchema(),
  minTotal: z.number().min(0),
  minCriterionPercent: z.number().int().min(0).max(100),
});
export type TierRule = z.infer<typeof tierRuleSchema>;

export const scoringTemplateSchema = z
  .object({
    id: nonEmptyTextSchema(),
    blocId: nonEmptyTextSchema(),
    year: z.number().int(),
    title: nonEmptyTextSchema(),
    scoreStep: z.union([z.literal(0.25), z.literal(0.5)]),
    groups: z.array(criterionGroupSchema).min(1),
    bonus: z.object({ cap: z.number().min(0), items: z.array(bonusItemSchema) }),
    penalties: z.array(penaltyItemSchema),
    disqualifiers: z.array(disqualifierSchema),
    /** Best first; the last tier must accept anything (minTotal 0, floor 0). */
    tiers: z.array(tierRuleSchema).min(1),
  })
  .superRefine((t, ctx) => {
    const ids = [
      ...t.groups.map((g) => g.id),
      ...t.groups.flatMap((g) => g.criteria.map((c) => c.id)),
      ...t.bonus.items.map((b) => b.id),
      ...t.penalties.map((p) => p.id),
      ...t.disqualifiers.map((d) => d.id),
    ];
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) ctx.addIssue({ code: 'custom', message: `Mã "${id}" bị trùng trong bảng tiêu chí.` });
      seen.add(id);
    }
    const quarters = [
      ...t.groups.flatMap((g) => g.criteria.map((c) => c.maxPoints)),
      ...t.bonus.items.map((b) => b.maxPoints),
      ...t.penalties.map((p) => p.pointsEach),
      t.bonus.cap,
    ];
    if (quarters.some((v) => !isMultipleOf(v, t.scoreStep))) {
      ctx.addIssue({ code: 'custom', message: `Điểm tối đa phải là bội số của bước chấm ${t.scoreStep}.` });
    }
    for (let i = 1; i < t.tiers.length; i++) {
      const prev = t.tiers[i - 1];
      const cur = t.tiers[i];
      if (prev && cur && cur.minTotal > prev.minTotal) {
        ctx.addIssue({ code: 'custom', message: 'Các mức xếp loại phải sắp theo điểm từ cao xuống thấp.' });
      }
    }
    const lastTier = t.tiers.at(-1);
    if (lastTier && (lastTier.minTotal !== 0 || lastTier.minCriterionPercent !== 0)) {
      ctx.addIssue({ code: 'custom', message: 'Mức xếp loại cuối cùng phải áp dụng cho mọi số điểm.' });
    }
    if (new Set(t.tiers.map((x) => x.id)).size !== t.tiers.length) {
      ctx.addIssue({ code: 'custom', message: 'Mức xếp loại bị trùng.' });
    }
  });
export type ScoringTemplate = z.infer<typeof scoringTemplateSchema>;

/** Validates (and NFC-normalises) a template; TEMPLATE_INVALID with the zod issues on failure. */
export function parseScoringTemplate(input: unknown): ScoringTemplate {
  const r = scoringTemplateSchema.safeParse(input);
  if (!r.success) {
    throw new DomainError('TEMPLATE_INVALID', undefined, {
      issues: r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    });
  }
  return r.data;
}

/** The tiers of DOMAIN §2.4 (Nghệ An 2025 draft shape), as template data. */
export function standardTiers(): TierRule[] {
  return [
    { id: 'excellent', label: 'Hoàn thành xuất sắc nhiệm vụ', minTotal: 90, minCriterionPercent: 85 },
    { id: 'good', label: 'Hoàn thành tốt nhiệm vụ', minTotal: 80, minCriterionPercent: 80 },
    { id: 'completed', label: 'Hoàn thành nhiệm vụ', minTotal: 70, minCriterionPercent: 70 },
    { id: 'notCompleted', label: 'Không hoàn thành nhiệm vụ', minTotal: 0, minCriterionPercent: 0 },
  ];
}

/** The next cycle starts from a copy of this year's template, which the bloc then edits. */
export function copyTemplateForYear(template: ScoringTemplate, year: number, id?: string): ScoringTemplate {
  if (!Number.isInteger(year)) throw new DomainError('INVALID_INPUT', `Năm không hợp lệ: ${year}.`, { year });
  // JSON copy, not structuredClone: the Temporal workflow sandbox may lack it.
  const copy = JSON.parse(JSON.stringify(template)) as ScoringTemplate;
  copy.year = year;
  copy.id = id ?? `tpl-${template.blocId}-${year}`;
  copy.title = template.title.replace(/\b(19|20)\d{2}\b/g, String(year));
  return copy;
}
