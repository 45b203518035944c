import { Stack } from '@mantine/core';
import { PageHeader } from '../../components/page-header';
import { t } from '../../i18n';
import { MyCycles } from './components/my-cycles';

export function CyclesPage() {
  return (
    <Stack>
      <PageHeader title={t.cycle.listTitle} subtitle={t.cycle.listLead} />
      <MyCycles heading={false} />
    </Stack>
  );
}
