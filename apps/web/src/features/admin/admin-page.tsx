import { Stack, Tabs } from '@mantine/core';
import { mayCall, useMe } from '../../auth/session';
import { PageHeader } from '../../components/page-header';
import { t } from '../../i18n';
import { ActivityTab } from './activity-tab';
import { BlocsTab } from './blocs-tab';
import { OfficialsTab } from './officials-tab';
import { RuleSetsTab } from './rule-sets-tab';
import { TemplatesTab } from './templates-tab';
import { UnitsTab } from './units-tab';
import { UsersTab } from './users-tab';

export function AdminPage() {
  const me = useMe();
  const isAdmin = mayCall(me, 'admin.users.list');
  // A unit head keeps only its own unit's office holders; the other tabs are the province's.
  const officialsOnly = !mayCall(me, 'admin.units.list');
  const tabs = [
    { value: 'users', shown: isAdmin, panel: <UsersTab /> },
    { value: 'units', shown: !officialsOnly, panel: <UnitsTab /> },
    { value: 'blocs', shown: !officialsOnly, panel: <BlocsTab /> },
    { value: 'officials', shown: true, panel: <OfficialsTab /> },
    { value: 'ruleSets', shown: !officialsOnly, panel: <RuleSetsTab /> },
    { value: 'templates', shown: !officialsOnly, panel: <TemplatesTab /> },
    { value: 'activity', shown: isAdmin, panel: <ActivityTab /> },
  ] as const;
  const shown = tabs.filter((tab) => tab.shown);
  return (
    <Stack>
      <PageHeader title={t.admin.title} subtitle={t.admin.lead} />
      <Tabs defaultValue={shown[0]?.value} keepMounted={false}>
        <Tabs.List>
          {shown.map((tab) => (
            <Tabs.Tab key={tab.value} value={tab.value}>
              {t.admin.tabs[tab.value]}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {shown.map((tab) => (
          <Tabs.Panel key={tab.value} value={tab.value} pt="md">
            {tab.panel}
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
