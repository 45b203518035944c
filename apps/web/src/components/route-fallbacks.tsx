import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { type ErrorComponentProps, Link } from '@tanstack/react-router';
import { errorCode } from '../api/errors';
import { t } from '../i18n';
import { useDocumentTitle } from '../lib/use-document-title';
import { ErrorAlert } from './error-alert';

/** A route the signed-in role may not open (its procedure is not among the user's). */
export class ForbiddenRoute extends Error {
  constructor() {
    super(t.common.forbidden);
  }
}

const refusals = new Set(['FORBIDDEN', 'FORBIDDEN_ROLE', 'OUT_OF_SCOPE']);

/** The route, or the screen's data, is refused to this account. */
export const isForbidden = (error: unknown) =>
  error instanceof ForbiddenRoute || refusals.has(errorCode(error) ?? '');

/** A page that cannot be shown: its title, why, and the way back home. */
function Refusal({ title, text }: { title: string; text?: string }) {
  useDocumentTitle(title);
  return (
    <Container size="sm" py="xl">
      <Stack>
        <Title order={1} size="h2">
          {title}
        </Title>
        {text && <Text>{text}</Text>}
        <Button component={Link} to="/" variant="light" w="fit-content">
          {t.common.toHome}
        </Button>
      </Stack>
    </Container>
  );
}

/** The 403 page: what happened, and the way back. */
export const Forbidden = () => <Refusal title={t.common.forbiddenTitle} text={t.common.forbidden} />;

export const NotFound = () => <Refusal title={t.common.notFound} />;

export function RouteError({ error, reset }: ErrorComponentProps) {
  if (isForbidden(error)) return <Forbidden />;
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
