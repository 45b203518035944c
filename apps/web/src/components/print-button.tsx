import { Button } from '@mantine/core';
import { t } from '../i18n';

/** Prints the screen with the print stylesheet: the title and the tables, no menu or buttons. */
export function PrintButton() {
  return (
    <Button variant="default" onClick={() => window.print()}>
      {t.common.print}
    </Button>
  );
}
