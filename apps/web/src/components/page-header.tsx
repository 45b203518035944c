import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useDocumentTitle } from '../lib/use-document-title';

interface Props {
  title: string;
  subtitle?: ReactNode;
  actions?: ReactNode;
  /** What the screen is about, after its title in the browser tab (a unit, a year). */
  about?: string | undefined;
}

export function PageHeader({ title, subtitle, actions, about }: Props) {
  useDocumentTitle(title, about);
  return (
    <Group justify="space-between" align="flex-start" mb="md" gap="sm">
      <Stack gap={4}>
        <Title order={1} size="h2">
          {title}
        </Title>
        {subtitle && (
          <Text c="dimmed" size="sm" component="div">
            {subtitle}
          </Text>
        )}
      </Stack>
      {actions && <Group gap="xs">{actions}</Group>}
    </Group>
  );
}
