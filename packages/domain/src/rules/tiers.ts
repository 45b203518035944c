/** The scoring tiers a unit's total places it in (DOMAIN §2.4), best first. */
export const tierIds = ['excellent', 'good', 'completed', 'notCompleted'] as const;
export type TierId = (typeof tierIds)[number];
