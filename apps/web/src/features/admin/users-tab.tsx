import { Alert, Badge, Button, Code, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useAction } from '../../api/use-action';
import { useApi } from '../../api/use-api';
import { ConfirmButton } from '../../components/confirm-button';
import { DataTable } from '../../components/data-table';
import { ErrorAlert } from '../../components/error-alert';
import { QueryState } from '../../components/query-state';
import { t } from '../../i18n';
import { useFields } from '../../lib/use-fields';

export function UsersTab() {
  const api = useApi();
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search.trim(), 300);
  const list = useQuery(
    api.admin.users.list.queryOptions({ ...(query ? { query } : {}), page: { limit: 200, offset: 0 } }),
  );
  const [issued, setIssued] = useState<{ username: string; password: string } | null>(null);
  const reset = useAction(api.admin.users.resetPassword.mutationOptions());
  const setActive = useAction(api.admin.users.setActive.mutationOptions());
  const unlock = useAction(api.admin.users.unlock.mutationOptions(), t.admin.unlocked);

  return (
    <Stack>
      <CreateUser onCreated={(username, password) => setIssued({ username, password })} />
      {issued && (
        <Alert color="green" withCloseButton onClose={() => setIssued(null)} role="status">
          {t.admin.temporaryPassword} <Code>{issued.username}</Code> / <Code>{issued.password}</Code>
        </Alert>
      )}
      <TextInput
        label={t.admin.search}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        maw={360}
      />
      <ErrorAlert error={setActive.error ?? unlock.error} />
      <QueryState query={list}>
        {({ rows }) => (
          <DataTable
            striped
            miw={820}
            aria-label={t.admin.tabs.users}
            rows={rows}
            rowKey={(u) => u.id}
            columns={[
              { header: t.admin.username, rowHeader: true, cell: (u) => u.username },
              { header: t.admin.displayName, cell: (u) => u.displayName },
              {
                header: t.admin.roles,
                cell: (u) => (
                  <Group gap={4}>
                    {u.grants.map((g) => (
                      <Badge key={g.id} size="sm" variant="light">
                        {t.nav.roles[g.role] ?? g.role}
                        {g.year ? ` ${g.year}` : ''}
                      </Badge>
                    ))}
                  </Group>
                ),
              },
              {
                header: t.common.status,
                cell: (u) => (
                  <>
                    <Badge color={u.active ? 'teal' : 'gray'} variant="light">
                      {u.active ? t.admin.active : t.admin.inactive}
                    </Badge>
                    {u.mustChangePassword && <Text size="xs">{t.admin.mustChange}</Text>}
                  </>
                ),
              },
              {
                header: t.common.actions,
                cell: (u) => (
                  <Group gap={4}>
                    <ConfirmButton
                      label={t.admin.resetPassword}
                      aria-label={t.admin.resetFor(u.username)}
                      size="compact-sm"
                      variant="subtle"
                      message={t.admin.resetConfirm}
                      onConfirm={async () => {
                        const result = await reset.mutateAsync({ userId: u.id });
                        setIssued({ username: u.username, password: result.temporaryPassword });
                      }}
                    />
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      color={u.active ? 'red' : 'teal'}
                      aria-label={t.admin.toggleFor(u.username, u.active)}
                      onClick={() => setActive.mutate({ userId: u.id, active: !u.active })}
                    >
                      {u.active ? t.admin.deactivate : t.admin.activate}
                    </Button>
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      aria-label={t.admin.unlockFor(u.username)}
                      loading={unlock.isPending && unlock.variables?.userId === u.id}
                      onClick={() => unlock.mutate({ userId: u.id })}
                    >
                      {t.admin.unlock}
                    </Button>
                  </Group>
                ),
              },
            ]}
          />
        )}
      </QueryState>
    </Stack>
  );
}

function CreateUser({ onCreated }: { onCreated: (username: string, password: string) => void }) {
  const api = useApi();
  const fields = useFields({ username: '', displayName: '' });
  const username = fields.values.username.trim();
  const displayName = fields.values.displayName.trim();
  const create = useAction(
    api.admin.users.create.mutationOptions({
      onSuccess: (result) => {
        onCreated(result.username, result.temporaryPassword);
        fields.set({ username: '', displayName: '' });
      },
    }),
    t.admin.created,
  );
  return (
    <Paper withBorder p="md">
      <Group align="flex-end" gap="sm">
        <TextInput label={t.admin.username} required {...fields.input('username')} />
        <TextInput label={t.admin.displayName} required {...fields.input('displayName')} />
        <Button
          loading={create.isPending}
          disabled={!username || !displayName}
          onClick={() => create.mutate({ username, displayName })}
        >
          {t.admin.createUser}
        </Button>
      </Group>
      <ErrorAlert error={create.error} />
    </Paper>
  );
}
