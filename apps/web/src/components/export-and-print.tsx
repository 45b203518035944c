import { Button, Group } from '@mantine/core';
import { t } from '../i18n';
import { ExportButton } from './export-button';

/** Prints the screen with the print stylesheet: the title and the tables, no menu or buttons. */
function PrintButton() {
  return (
    <Button variant="default" onClick={() => window.print()}>
      {t.common.print}
    </Button>
  );
}

/** A table screen's .xlsx export and print, left out of the printed page. */
export function ExportAndPrint({
  label,
  onExport,
  disabled,
}: {
  label: string;
  onExport: () => Promise<void>;
  disabled?: boolean;
}) {
  return (
    <Group gap="xs" className="no-print">
      <ExportButton variant="light" label={label} disabled={disabled} onExport={onExport} />
      <PrintButton />
    </Group>
  );
}
