import { vietnamDate } from '@thidua/domain';
import type { SheetData } from 'write-excel-file/browser';
import { t } from '../../i18n';
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
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const header = [
    t.tracker.bloc,
    t.tracker.year,
    t.tracker.unit,
    t.tracker.phase,
    t.tracker.currentStep,
    t.tracker.due,
    t.tracker.overdueYes,
    ...steps.map((s) => t.cycle.steps[s] ?? s),
  ].map((value) => ({ value, fontWeight: 'bold' as const }));
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
  await writeXlsxFile(data, {
    sheet: t.tracker.sheetName,
    dateFormat: 'dd/mm/yyyy',
    stickyRowsCount: 1,
    columns: [
      { width: 30 },
      { width: 8 },
      { width: 34 },
      { width: 20 },
      { width: 20 },
      { width: 12 },
      { width: 10 },
    ],
  }).toFile(t.tracker.exportFile(stamp));
}
