import { z } from 'zod';
import { isoDateSchema } from '../dates';
import { nonEmptyTextSchema } from '../text';
import { keysOf } from '../vocabulary';
import { tierIds } from './tiers';

/** Every rule carries its legal source: the text shown to users and where it comes from. */
export const legalSourceSchema = z.object({
  text: nonEmptyTextSchema(),
  citation: nonEmptyTextSchema(),
});
export type LegalSource = z.infer<typeof legalSourceSchema>;

/** What the bloc votes on at its conference. */
export const voteKindLabels = {
  provincialFlag: 'Cờ thi đua của UBND tỉnh',
  certificateOfMerit: 'Bằng khen của Chủ tịch UBND tỉnh',
  blocHead: 'Trưởng Khối',
  blocDeputy: 'Phó Khối',
} satisfies Record<string, string>;
export type VoteKind = keyof typeof voteKindLabels;
export const voteKinds = keysOf(voteKindLabels);

/** The commendations the bloc proposes to the province. */
export const awardKinds = ['provincialFlag', 'certificateOfMerit'] as const satisfies readonly VoteKind[];
export type AwardKind = (typeof awardKinds)[number];

export const denominatorKinds = ['allMembers', 'present', 'ballotsReceived', 'validBallots'] as const;
export type DenominatorKind = (typeof denominatorKinds)[number];

export const tiePolicies = ['runoff', 'rankByScore', 'chairDecides'] as const;
export type TiePolicy = (typeof tiePolicies)[number];

export const comparators = ['>', '>='] as const;
export type Comparator = (typeof comparators)[number];

const fractionSchema = z
  .object({ numerator: z.number().int().min(0), denominator: z.number().int().min(1) })
  .refine((f) => f.numerator <= f.denominator, { message: 'Tỷ lệ phải từ 0 đến 1.' });
export type Fraction = z.infer<typeof fractionSchema>;

/** Threshold percentages keep at most 2 decimals so they compare exactly as integers. */
const percentSchema = z
  .number()
  .min(0)
  .max(100)
  .refine((p) => Number.isInteger(Math.round(p * 100)) && Math.abs(p * 100 - Math.round(p * 100)) < 1e-9, {
    message: 'Tỷ lệ phần trăm chỉ được có tối đa 2 chữ số thập phân.',
  });

export const voteRuleSchema = z
  .object({
    /** Members taking part (present, plus written opinions when allowed) ≥ quorum × members. */
    quorum: fractionSchema,
    denominator: z.enum(denominatorKinds),
    threshold: z.object({ percent: percentSchema, comparator: z.enum(comparators) }),
    seats: z.number().int().min(1),
    maxChoices: z.number().int().min(1),
    tiePolicy: z.enum(tiePolicies),
    writtenOpinionsOfAbsentAllowed: z.boolean(),
    /** Counting convention (DOMAIN §1.4): choosing an ineligible unit spoils the whole ballot. */
    ineligibleChoice: z.enum(['invalidateBallot', 'ignoreChoice']),
    secretBallot: z.boolean(),
    source: legalSourceSchema,
  })
  .refine((r) => r.maxChoices >= r.seats, { message: 'Số lựa chọn tối đa phải không nhỏ hơn số suất.' });
export type VoteRule = z.infer<typeof voteRuleSchema>;

/** Quota per bloc: a count and/or a share of member units; the stricter applies. */
export const quotaRuleSchema = z
  .object({
    maxCount: z.number().int().min(0).optional(),
    maxPercentOfUnits: percentSchema.optional(),
    source: legalSourceSchema,
  })
  .refine((q) => q.maxCount !== undefined || q.maxPercentOfUnits !== undefined, {
    message: 'Phải quy định số lượng hoặc tỷ lệ tối đa.',
  });
export type QuotaRule = z.infer<typeof quotaRuleSchema>;

/** Situations in which an award may not be given or proposed (ND 152/2025 and earlier texts). */
export const eligibilityBlockCodes = [
  'disciplineUnderReview',
  'investigationOnViolationSigns',
  'pendingComplaintOrDenunciation',
  'pressCorruptionUnderVerification',
  'collectiveDiscipline',
  'other',
] as const;
export type EligibilityBlockCode = (typeof eligibilityBlockCodes)[number];

/**
 * What a case of this kind recorded against a unit blocks: both awards, the flag only, or nothing
 * (the case is recorded and shown, the unit stays a candidate).
 */
export const eligibilityBlockSchema = z.object({
  code: z.enum(eligibilityBlockCodes),
  label: nonEmptyTextSchema(),
  appliesTo: z.array(z.enum(awardKinds)),
  source: legalSourceSchema,
});
export type EligibilityBlock = z.infer<typeof eligibilityBlockSchema>;

/** The lowest scoring tier a unit needs to stand as a candidate for an award. */
export const candidacyRuleSchema = z.object({
  minTier: z.enum(tierIds),
  /** A disqualifier in the score sheet (điều kiện loại) bars the candidacy. */
  barredByDisqualifier: z.boolean(),
  /**
   * A unit that handed in no self-assessment is not ranked; it stands (unranked, after the ranked
   * units) only when the year's rules say so. Absent = it does not.
   */
  nonSubmittersMayStand: z.boolean().optional(),
  source: legalSourceSchema,
});
export type CandidacyRule = z.infer<typeof candidacyRuleSchema>;

/** One "Căn cứ …" line, in force over a date range of the DOCUMENT's date. */
export const citationSchema = z.object({
  id: nonEmptyTextSchema(),
  /** Printed after "Căn cứ ": "Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;". */
  text: nonEmptyTextSchema(),
  order: z.number().int(),
  validFrom: isoDateSchema,
  validTo: isoDateSchema.optional(),
  /**
   * Who cites it: 'bloc' = only the bloc's own records (its quy chế binds the bloc, not the Chairman);
   * 'province' = only the Chairman's decision (the law on his competence); absent = every record, as
   * in rule sets stored before the field.
   */
  scope: z.enum(['bloc', 'province']).optional(),
});
export type Citation = z.infer<typeof citationSchema>;

export const baseSalarySchema = z.object({
  amount: z.number().int().positive(),
  validFrom: isoDateSchema,
  validTo: isoDateSchema.optional(),
  source: legalSourceSchema,
});
export type BaseSalary = z.infer<typeof baseSalarySchema>;

const coefficientSchema = z.object({
  /** Multiple of the base salary, at most one decimal (8.0, 2.0, 1.5). */
  value: z
    .number()
    .positive()
    .refine((v) => Math.abs(v * 10 - Math.round(v * 10)) < 1e-9, {
      message: 'Hệ số chỉ có tối đa 1 chữ số thập phân.',
    }),
  source: legalSourceSchema,
});

export const rewardRuleSchema = z.object({
  coefficients: z.object({ provincialFlag: coefficientSchema, certificateOfMerit: coefficientSchema }),
  baseSalaries: z.array(baseSalarySchema).min(1),
  /** Amounts are rounded up to this many đồng (1 = no rounding). */
  roundUpTo: z.object({ value: z.number().int().min(1), source: legalSourceSchema }),
});
export type RewardRule = z.infer<typeof rewardRuleSchema>;

const requiredText = (what: string) =>
  z.string({ error: `Bộ quy định chưa ghi ${what}.` }).pipe(nonEmptyTextSchema());

/**
 * The Chairman's decision on the bloc's proposal: who proposes it ("Xét đề nghị của …", ND 30 Mẫu 1.2
 * requires the line) and who carries it out (Điều 3). Required, with no fallback: a decision cannot
 * omit them, and they are the province's own arrangement.
 */
export const decisionRuleSchema = z.object(
  {
    /** "Giám đốc Sở Nội vụ": the head of the body that appraises award dossiers for the Chairman. */
    proposer: requiredText('người đề nghị Chủ tịch UBND tỉnh quyết định khen thưởng (decision.proposer)'),
    /** "Chánh Văn phòng UBND tỉnh", "Giám đốc Sở Nội vụ", "Giám đốc Sở Tài chính". */
    executors: z
      .array(nonEmptyTextSchema())
      .min(1, 'Bộ quy định chưa ghi người thi hành Quyết định khen thưởng.'),
    source: legalSourceSchema,
  },
  {
    error:
      'Bộ quy định chưa ghi người đề nghị và người thi hành Quyết định khen thưởng của Chủ tịch UBND tỉnh (decision).',
  },
);
export type DecisionRule = z.infer<typeof decisionRuleSchema>;

export const ruleSetSchema = z.object({
  id: nonEmptyTextSchema(),
  /** The emulation year the rules govern (the cycle's year). */
  year: z.number().int().min(2000).max(2100),
  /** null = the national default; a province can override with its own quy định. */
  provinceId: nonEmptyTextSchema().nullable(),
  title: nonEmptyTextSchema(),
  quotas: z.object({ provincialFlag: quotaRuleSchema, certificateOfMerit: quotaRuleSchema }),
  eligibilityBlocks: z.array(eligibilityBlockSchema),
  candidacy: z.object({ provincialFlag: candidacyRuleSchema, certificateOfMerit: candidacyRuleSchema }),
  votes: z.object({
    provincialFlag: voteRuleSchema,
    certificateOfMerit: voteRuleSchema,
    blocHead: voteRuleSchema,
    blocDeputy: voteRuleSchema,
  }),
  /** One achievement, one form: a unit proposed for the flag is not also proposed for a certificate. */
  oneAwardPerUnit: z.object({ enabled: z.boolean(), source: legalSourceSchema }),
  rotation: z.object({
    /** false = warn (never block) when a unit heads the bloc two years running. */
    headMayRepeat: z.boolean(),
    /** Custom: this year's deputy becomes next year's head; a different choice is only noted. */
    deputyBecomesHead: z.boolean(),
    source: legalSourceSchema,
  }),
  lateSubmission: z.object({
    /** Points deducted from the total for each report submitted after its deadline. */
    pointsPerLateReport: z.number().min(0).multipleOf(0.25),
    source: legalSourceSchema,
  }),
  citations: z.array(citationSchema).min(1),
  rewards: rewardRuleSchema,
  decision: decisionRuleSchema,
});
export type RuleSet = z.infer<typeof ruleSetSchema>;
export type RuleSetInput = z.input<typeof ruleSetSchema>;
