import { Button, Group, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useApi } from '../api/use-api';
import type { Me } from '../auth/session';
import { t } from '../i18n';

/**
 * Who is signed in, their account page and sign-out. Plain buttons rather than a dropdown: the
 * dropdown's positioning engine would triple the size of the first download.
 */
export function UserMenu({ me }: { me: Me }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const signOut = useMutation(
    api.auth.signOut.mutationOptions({
      onSettled: async () => {
        // Nothing of the previous user may stay in the cache for the next one.
        queryClient.clear();
        await navigate({ to: '/sign-in' });
      },
    }),
  );
  const roles = [...new Set(me.grants.map((g) => t.nav.roles[g.role] ?? g.role))].join(', ');
  return (
    <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
      {/* The name and roles show where the header has room for them whole; the buttons always do. */}
      <div style={{ textAlign: 'right' }}>
        <Text size="sm" fw={600} visibleFrom="md" style={{ whiteSpace: 'nowrap' }}>
          {me.displayName}
        </Text>
        <Text size="xs" c="dimmed" visibleFrom="lg" style={{ whiteSpace: 'nowrap' }}>
          {roles}
        </Text>
      </div>
      <Button component={Link} to="/account" size="compact-sm" variant="subtle" style={{ flexShrink: 0 }}>
        {t.nav.account}
      </Button>
      <Button
        size="compact-sm"
        variant="light"
        loading={signOut.isPending}
        onClick={() => signOut.mutate()}
        style={{ flexShrink: 0 }}
      >
        {t.nav.signOut}
      </Button>
    </Group>
  );
}
