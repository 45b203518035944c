import {
  Alert,
  Badge,
  Button,
  Code,
  Group,
  Paper,
  ScrollArea,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useAction } from '../../api/use-action';
import { useApi } from '../../api/use-api';
import { ConfirmButton } from '../../components/confirm-button';
import { ErrorAlert } from '../../components/error-alert';
import { QueryState } from '../../components/query-state';
import { t } from '../../i18n';

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
          <ScrollArea>
            <Table striped withTableBorder miw={820} aria-label={t.admin.tabs.users}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t.admin.username}</Table.Th>
                  <Table.Th scope="col">{t.admin.displayName}</Table.Th>
                  <Table.Th scope="col">{t.admin.roles}</Table.Th>
                  <Table.Th scope="col">{t.common.status}</Table.Th>
                  <Table.Th scope="col">{t.common.actions}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((u) => (
                  <Table.Tr key={u.id}>
                    <Table.Th scope="row" fw={500}>
                      {u.username}
                    </Table.Th>
                    <Table.Td>{u.displayName}</Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {u.grants.map((g) => (
                          <Badge key={g.id} size="sm" variant="light">
                            {t.nav.roles[g.role] ?? g.role}
                            {g.year ? ` ${g.year}` : ''}
                          </Badge>
                        ))}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Badge color={u.active ? 'teal' : 'gray'} variant="light">
                        {u.active ? t.admin.active : t.admin.inactive}
                      </Badge>
                      {u.mustChangePassword && <Text size="xs">{t.admin.mustChange}</Text>}
                    </Table.Td>
                    <Table.Td>
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
                          pending={reset.isPending}
                          error={reset.error}
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
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        )}
      </QueryState>
    </Stack>
  );
}

function CreateUser({ onCreated }: { onCreated: (username: string, password: string) => void }) {
  const api = useApi();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const create = useAction(
    api.admin.users.create.mutationOptions({
      onSuccess: (result) => {
        onCreated(result.username, result.temporaryPassword);
        setUsername('');
        setDisplayName('');
      },
    }),
    t.admin.created,
  );
  return (
    <Paper withBorder p="md">
      <Group align="flex-end" gap="sm">
        <TextInput
          label={t.admin.username}
          required
          value={username}
          onChange={(e) => setUsername(e.currentTarget.value)}
        />
        <TextInput
          label={t.admin.displayName}
          required
          value={displayName}
          onChange={(e) => setDisplayName(e.currentTarget.value)}
        />
        <Button
          loading={create.isPending}
          disabled={!username.trim() || !displayName.trim()}
          onClick={() => create.mutate({ username: username.trim(), displayName: displayName.trim() })}
        >
          {t.admin.createUser}
        </Button>
      </Group>
      <ErrorAlert error={create.error} />
    </Paper>
  );
}
