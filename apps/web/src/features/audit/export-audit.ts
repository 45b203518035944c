import { vietnamDate } from '@thidua/domain';
import { t } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { headerRow, type SheetData, saveSheet } from '../../lib/xlsx';
import type { AuditRow } from './contract';

/**
 * The year's audit as the screen filters it, as an .xlsx: one row per entry, times in Vietnam time,
 * people, units and rounds by name.
 */
export async function exportAudit(rows: AuditRow[], year: number): Promise<void> {
  const data: SheetData = [
    headerRow([
      t.records.at,
      t.records.actor,
      t.records.role,
      t.records.action,
      t.records.subject,
      t.records.detail,
    ]),
    ...rows.map((r) => [
      formatDateTime(r.at),
      r.actorName ?? t.records.system,
      r.actorRole ? (t.nav.roles[r.actorRole] ?? r.actorRole) : '',
      r.actionLabel,
      r.subject,
      { value: r.detail, wrap: true },
    ]),
  ];
  await saveSheet(data, {
    sheet: t.records.exportSheet,
    fileName: t.records.exportFile(year, vietnamDate(Date.now())),
    widths: [18, 28, 18, 30, 34, 70],
  });
}
