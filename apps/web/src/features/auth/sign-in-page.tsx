import { Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import type { FormEvent } from 'react';
import { useApi } from '../../api/use-api';
import { ErrorAlert } from '../../components/error-alert';
import { t } from '../../i18n';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useFields } from '../../lib/use-fields';

const route = getRouteApi('/sign-in');

export function SignInPage() {
  const api = useApi();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { redirect } = route.useSearch();
  useDocumentTitle(t.auth.signInTitle);
  const fields = useFields({ username: '', password: '' });
  const { username, password } = fields.values;
  const signIn = useMutation(
    api.auth.signIn.mutationOptions({
      onSuccess: async () => {
        // A previous user's data must not leak into this session.
        queryClient.clear();
        await navigate({ to: redirect ?? '/' });
      },
    }),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate({ username: username.trim(), password });
  };

  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder shadow="sm" p="xl" w="100%" maw={420}>
        <form onSubmit={submit} noValidate>
          <Stack>
            <div>
              <Title order={1} size="h2">
                {t.auth.signInTitle}
              </Title>
              <Text size="sm" c="dimmed">
                {t.common.appName} – {t.auth.signInLead}
              </Text>
            </div>
            <TextInput
              label={t.auth.username}
              autoComplete="username"
              required
              data-autofocus
              {...fields.input('username')}
            />
            <PasswordInput
              label={t.auth.password}
              autoComplete="current-password"
              required
              {...fields.input('password')}
            />
            <ErrorAlert error={signIn.error} />
            <Button type="submit" loading={signIn.isPending} disabled={!username || !password}>
              {t.auth.submit}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
