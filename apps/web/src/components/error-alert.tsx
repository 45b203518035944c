import { Alert, Button, Group, Text } from '@mantine/core';
import { errorMessage } from '../api/errors';
import { t } from '../i18n';

interface Props {
  error: unknown;
  title?: string;
  onRetry?: () => void;
}

/** A failure shown where the user acted, in Vietnamese; announced to screen readers. */
export function ErrorAlert({ error, title, onRetry }: Props) {
  if (!error) return null;
  return (
    <Alert color="red" variant="light" title={title} role="alert">
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="sm">{errorMessage(error)}</Text>
        {onRetry && (
          <Button size="xs" variant="white" color="red" onClick={onRetry}>
            {t.common.retry}
          </Button>
        )}
      </Group>
    </Alert>
  );
}
