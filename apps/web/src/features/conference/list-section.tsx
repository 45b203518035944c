import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { t } from '../../i18n';

/** A block of the conference screen under its heading: its list (or "none yet"), then the form offered. */
export function ListSection({
  title,
  empty,
  list,
  form,
}: {
  title: string;
  empty: boolean;
  list: ReactNode;
  /** Shown only when the viewer may take the block's step. */
  form: ReactNode;
}) {
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Stack gap="xs">
        <Title order={3} size="h5">
          {title}
        </Title>
        {empty ? <Text size="sm">{t.common.emptyList}</Text> : list}
        {form}
      </Stack>
    </Paper>
  );
}
