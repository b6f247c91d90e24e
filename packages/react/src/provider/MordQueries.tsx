import type { SubmissionBackend } from '@mord/core';
import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useContext, useState } from 'react';
import { useMord } from './useMord';

/** One client per backend: two providers over different backends never share cached answers. */
const clients = new WeakMap<SubmissionBackend, QueryClient>();

function clientFor(backend: SubmissionBackend): QueryClient {
  let client = clients.get(backend);
  if (!client) {
    client = new QueryClient({ defaultOptions: { queries: { retry: 1 }, mutations: { retry: 0 } } });
    clients.set(backend, client);
  }
  return client;
}

const scopes = new WeakMap<object, number>();
let nextScope = 0;

/**
 * @internal A number for a staff API object, put in every staff query key: what one key read is never shown
 * to the next person who signs in on the same page.
 */
export function scopeOf(staff: object): number {
  let scope = scopes.get(staff);
  if (scope === undefined) {
    scope = nextScope++;
    scopes.set(staff, scope);
  }
  return scope;
}

/**
 * @internal Gives the views that fetch (status, staff review, report, queue) a React Query client: the
 * provider's `queryClient`, else the page's own `QueryClientProvider`, else one for the provider's backend.
 * Only those views import it, so a page of form fields carries no query library.
 */
export function MordQueries(props: { children: ReactNode }) {
  const { queryClient, backend } = useMord();
  const outer = useContext(QueryClientContext);
  const [client] = useState(() => queryClient ?? outer ?? clientFor(backend));
  return <QueryClientProvider client={client}>{props.children}</QueryClientProvider>;
}
