import type { RuleSet } from './schema';

/**
 * A rule set started for `year` from an earlier year's: the same rules under the new year's id and
 * title ("rs-backan-noichinh-2023" → "…-2024", "… năm 2023" → "… năm 2024"); an id without a year
 * gets one. Citations stay as they are: each carries its own validity.
 */
export function ruleSetForYear(source: RuleSet, year: number): RuleSet {
  const id = /-\d{4}$/.test(source.id) ? source.id.replace(/-\d{4}$/, `-${year}`) : `${source.id}-${year}`;
  const title = source.title.replace(new RegExp(`\\b${source.year}\\b`, 'g'), String(year));
  return { ...source, id, year, title };
}
