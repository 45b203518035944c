import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { type ErrorComponentProps, Link } from '@tanstack/react-router';
import { t } from '../i18n';
import { ErrorAlert } from './error-alert';

export function NotFound() {
  return (
    <Container size="sm" py="xl">
      <Stack>
        <Title order={1}>{t.common.notFound}</Title>
        <Button component={Link} to="/" variant="light" w="fit-content">
          {t.common.toHome}
        </Button>
      </Stack>
    </Container>
  );
}

export function RouteError({ error, reset }: ErrorComponentProps) {
  return (
    <Container size="sm" py="xl">
      <Stack>
        <Title order={1} size="h3">
          {t.common.pageError}
        </Title>
        <ErrorAlert error={error} onRetry={reset} />
        <Text size="sm">
          <Link to="/">{t.common.toHome}</Link>
        </Text>
      </Stack>
    </Container>
  );
}
