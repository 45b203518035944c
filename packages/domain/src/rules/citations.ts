import { type IsoDate, isInForce } from '../dates';
import type { Citation, RuleSet } from './schema';

/** Who cites: the bloc (its Tờ trình, minutes) or the province (the Chairman's decision). */
export type CitingIssuer = 'bloc' | 'province';

/**
 * The "Căn cứ" lines in force on the document's date, in print order. Keyed by the document's
 * date, not the cycle's year: a 2025 cycle's Tờ trình signed after 01/07/2025 cites ND 152/2025.
 */
export function citationsFor(
  ruleSet: RuleSet,
  documentDate: IsoDate,
  issuer: CitingIssuer = 'bloc',
): Citation[] {
  return ruleSet.citations
    .filter((c) => isInForce(c, documentDate) && (c.scope === undefined || c.scope === issuer))
    .sort((a, b) => a.order - b.order);
}

/**
 * ND 30 lines: "Căn cứ …;" each, the last ending with ";" too because the body (or
 * "Theo đề nghị của …") follows; pass `last: '.'` when the citations end the block.
 */
export function citationLines(
  ruleSet: RuleSet,
  documentDate: IsoDate,
  last: ';' | '.' = ';',
  issuer: CitingIssuer = 'bloc',
): string[] {
  const list = citationsFor(ruleSet, documentDate, issuer);
  return list.map((c, i) => `Căn cứ ${c.text}${i === list.length - 1 ? last : ';'}`);
}
