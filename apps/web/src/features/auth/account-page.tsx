import { Alert, Badge, Button, Group, Paper, PasswordInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useApi } from '../../api/use-api';
import { useMe } from '../../auth/session';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { t } from '../../i18n';
import { useFields } from '../../lib/use-fields';
import { SessionsPanel } from './sessions-panel';

const MIN_LENGTH = 10;

export function AccountPage() {
  const api = useApi();
  const me = useMe();
  const queryClient = useQueryClient();
  const fields = useFields({ current: '', next: '', repeat: '' });
  const { current, next, repeat } = fields.values;
  const change = useMutation(
    api.auth.changePassword.mutationOptions({
      onSuccess: async () => {
        fields.set({ current: '', next: '', repeat: '' });
        notifications.show({ color: 'green', message: t.auth.passwordChanged });
        await queryClient.invalidateQueries(api.auth.me.queryFilter());
      },
    }),
  );
  const mismatch = repeat.length > 0 && next !== repeat;
  const tooShort = next.length > 0 && next.length < MIN_LENGTH;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mismatch || tooShort) return;
    change.mutate({ currentPassword: current, newPassword: next });
  };

  return (
    <Stack maw={820}>
      <PageHeader title={t.auth.accountTitle} subtitle={`${me.displayName} (${me.username})`} />
      <Group gap="xs" aria-label={t.auth.roles}>
        {me.grants.map((g) => (
          <Badge
            key={`${g.role}-${g.unitId ?? g.blocId ?? g.provinceId ?? ''}-${g.year ?? ''}`}
            variant="light"
          >
            {t.nav.roles[g.role] ?? g.role}
            {g.year ? ` ${g.year}` : ''}
          </Badge>
        ))}
      </Group>
      {me.mustChangePassword && (
        <Alert color="orange" role="status">
          {t.auth.mustChange}
        </Alert>
      )}
      <Paper withBorder p="lg" maw={520}>
        <form onSubmit={submit} noValidate>
          <Stack>
            <Text fw={600} component="h2">
              {t.auth.changePasswordTitle}
            </Text>
            <PasswordInput
              label={t.auth.currentPassword}
              autoComplete="current-password"
              required
              {...fields.input('current')}
            />
            <PasswordInput
              label={t.auth.newPassword}
              autoComplete="new-password"
              required
              error={tooShort ? t.auth.passwordTooShort(MIN_LENGTH) : undefined}
              {...fields.input('next')}
            />
            <PasswordInput
              label={t.auth.confirmPassword}
              autoComplete="new-password"
              required
              error={mismatch ? t.auth.passwordMismatch : undefined}
              {...fields.input('repeat')}
            />
            <ErrorAlert error={change.error} />
            <Button
              type="submit"
              loading={change.isPending}
              disabled={!current || !next || mismatch || tooShort}
              w="fit-content"
            >
              {t.auth.changePasswordTitle}
            </Button>
          </Stack>
        </form>
      </Paper>
      {!me.mustChangePassword && <SessionsPanel />}
    </Stack>
  );
}
