import { type ScoreBreakdown, type ScoringTemplate, scoreBreakdown } from '@thidua/domain';
import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { invalidCount, validSheet } from './sheet-form';
import { type SheetStore, useSheetForm } from './sheet-store';

/** What the typed sheet adds up to, live: the totals, each group's subtotal and what is still missing. */
export interface SheetSummary {
  breakdown: ScoreBreakdown;
  /** Group subtotals, by group id. */
  subtotals: ReadonlyMap<string, number>;
  /** Entries not valid yet: kept in the draft, they block the sign-off. */
  invalid: number;
  /** Criteria with no valid score yet. */
  unscored: number;
}

const SummaryContext = createContext<SheetSummary | null>(null);

/**
 * Follows the typing and hands the summary to the few places that show it (subtotals, totals, the
 * actions); its children are not rendered again on a keystroke.
 */
export function LiveSummary({
  store,
  template,
  unitId,
  children,
}: {
  store: SheetStore;
  template: ScoringTemplate;
  unitId: string;
  children: ReactNode;
}) {
  const form = useSheetForm(store);
  const summary = useMemo(() => {
    const sheet = validSheet(form, template, unitId);
    const breakdown = scoreBreakdown(template, sheet, 'self');
    const criteria = template.groups.reduce((n, g) => n + g.criteria.length, 0);
    return {
      breakdown,
      subtotals: new Map(breakdown.groups.map((g) => [g.groupId, g.points])),
      invalid: invalidCount(form, template),
      unscored: criteria - sheet.criteria.length,
    };
  }, [form, template, unitId]);
  return <SummaryContext value={summary}>{children}</SummaryContext>;
}

export function useSheetSummary(): SheetSummary {
  const summary = useContext(SummaryContext);
  if (!summary) throw new Error('useSheetSummary outside LiveSummary');
  return summary;
}
