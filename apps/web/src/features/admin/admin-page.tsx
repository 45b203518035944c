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
  return (
    <Stack>
      <PageHeader title={t.admin.title} subtitle={t.admin.lead} />
      <Tabs defaultValue={isAdmin ? 'users' : officialsOnly ? 'officials' : 'units'} keepMounted={false}>
        <Tabs.List>
          {isAdmin && <Tabs.Tab value="users">{t.admin.tabs.users}</Tabs.Tab>}
          {!officialsOnly && <Tabs.Tab value="units">{t.admin.tabs.units}</Tabs.Tab>}
          {!officialsOnly && <Tabs.Tab value="blocs">{t.admin.tabs.blocs}</Tabs.Tab>}
          <Tabs.Tab value="officials">{t.admin.tabs.officials}</Tabs.Tab>
          {!officialsOnly && <Tabs.Tab value="ruleSets">{t.admin.tabs.ruleSets}</Tabs.Tab>}
          {!officialsOnly && <Tabs.Tab value="templates">{t.admin.tabs.templates}</Tabs.Tab>}
          {isAdmin && <Tabs.Tab value="activity">{t.admin.tabs.activity}</Tabs.Tab>}
        </Tabs.List>
        {isAdmin && (
          <Tabs.Panel value="users" pt="md">
            <UsersTab />
          </Tabs.Panel>
        )}
        <Tabs.Panel value="units" pt="md">
          <UnitsTab />
        </Tabs.Panel>
        <Tabs.Panel value="blocs" pt="md">
          <BlocsTab />
        </Tabs.Panel>
        <Tabs.Panel value="officials" pt="md">
          <OfficialsTab />
        </Tabs.Panel>
        <Tabs.Panel value="ruleSets" pt="md">
          <RuleSetsTab />
        </Tabs.Panel>
        <Tabs.Panel value="templates" pt="md">
          <TemplatesTab />
        </Tabs.Panel>
        {isAdmin && (
          <Tabs.Panel value="activity" pt="md">
            <ActivityTab />
          </Tabs.Panel>
        )}
      </Tabs>
    </Stack>
  );
}
