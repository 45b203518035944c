import { vietnamDate } from '@thidua/domain';
import { t } from '../../i18n';
import { headerRow, type SheetData, saveSheet } from '../../lib/xlsx';
import type { TrackerRow } from './contract';

const steps = ['pact', 'registration', 'selfAssessment', 'review', 'reviewResponse'];
const fill: Record<string, string> = {
  done: '#C3FAE8',
  submitted: '#C5F6FA',
  inProgress: '#D0EBFF',
  returned: '#FFE8CC',
  notStarted: '#F1F3F5',
};

/** The board as an .xlsx with the same colours (the library loads only when someone exports). */
export async function exportTracker(rows: TrackerRow[]): Promise<void> {
  const header = headerRow([
    t.tracker.bloc,
    t.tracker.year,
    t.tracker.unit,
    t.tracker.phase,
    t.tracker.currentStep,
    t.tracker.due,
    t.tracker.overdueYes,
    ...steps.map((s) => t.cycle.steps[s] ?? s),
  ]);
  const data: SheetData = [
    header,
    ...rows.map((r) => [
      r.blocName,
      r.year,
      r.unitName,
      t.cycle.phases[r.phase] ?? r.phase,
      r.step ? (t.cycle.steps[r.step] ?? r.step) : '',
      r.due ? new Date(r.due) : null,
      r.overdue ? { value: t.tracker.overdueYes, color: '#C92A2A', fontWeight: 'bold' as const } : '',
      ...steps.map((s) => {
        const state = r.steps[s]?.state;
        return state ? { value: t.cycle.stepStates[state] ?? state, backgroundColor: fill[state] } : '';
      }),
    ]),
  ];
  const stamp = vietnamDate(Date.now());
  await saveSheet(data, {
    sheet: t.tracker.sheetName,
    fileName: t.tracker.exportFile(stamp),
    widths: [30, 8, 34, 20, 20, 12, 10],
  });
}
