import { type IsoDate, inForceAt } from '../dates';
import { DomainError } from '../errors';
import type { AwardKind, BaseSalary, RuleSet } from './schema';

export function baseSalaryAt(ruleSet: RuleSet, date: IsoDate): BaseSalary {
  const s = inForceAt(ruleSet.rewards.baseSalaries, date);
  if (!s) {
    throw new DomainError('BASE_SALARY_NOT_FOUND', `Chưa có mức lương cơ sở áp dụng cho ngày ${date}.`, {
      date,
    });
  }
  return s;
}

export interface RewardAmount {
  award: AwardKind;
  date: IsoDate;
  coefficient: number;
  baseSalary: number;
  /** Integer đồng, after rounding up. */
  amount: number;
}

/**
 * coefficient × base salary in force on `date` (the decision's date), in integer đồng,
 * rounded up to `rewards.roundUpTo`. The coefficient has one decimal, so we multiply by
 * tenths as integers and never touch float money.
 */
export function rewardBreakdown(award: AwardKind, date: IsoDate, ruleSet: RuleSet): RewardAmount {
  const coefficient = ruleSet.rewards.coefficients[award].value;
  const baseSalary = baseSalaryAt(ruleSet, date).amount;
  const tenths = Math.round(coefficient * 10);
  const raw = Math.ceil((tenths * baseSalary) / 10);
  const step = ruleSet.rewards.roundUpTo.value;
  const amount = Math.ceil(raw / step) * step;
  if (!Number.isSafeInteger(amount)) throw new DomainError('AMOUNT_OUT_OF_RANGE', undefined, { award, date });
  return { award, date, coefficient, baseSalary, amount };
}

export function rewardAmount(award: AwardKind, date: IsoDate, ruleSet: RuleSet): number {
  return rewardBreakdown(award, date, ruleSet).amount;
}
