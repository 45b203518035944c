import { Center, Loader } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { t } from '../i18n';
import { ErrorAlert } from './error-alert';
import { Forbidden, isForbidden } from './route-fallbacks';

interface Props<T> {
  query: UseQueryResult<T, unknown>;
  children: (data: T) => ReactNode;
}

/** What a screen (or a part of it) shows while it is on its way. */
export const Loading = () => (
  <Center py="xl" aria-busy="true">
    <Loader size="sm" aria-label={t.common.loading} />
  </Center>
);

/** The loading and failure states every screen shares; `children` renders the data. */
export function QueryState<T>({ query, children }: Props<T>) {
  if (query.isPending) return <Loading />;
  if (query.isError && isForbidden(query.error)) return <Forbidden />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  return <>{children(query.data)}</>;
}
