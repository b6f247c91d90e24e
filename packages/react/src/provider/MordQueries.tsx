import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useContext, useState } from 'react';
import { useMord } from './useMord';

let shared: QueryClient | null = null;

/** One client for every Mord view that fetches, when neither the provider nor the page brings its own. */
function sharedClient(): QueryClient {
  shared ??= new QueryClient({ defaultOptions: { queries: { retry: 1 }, mutations: { retry: 0 } } });
  return shared;
}

/**
 * @internal Gives the views that fetch (status, staff review, report) a React Query client: the
 * provider's `queryClient`, else the page's own `QueryClientProvider`, else a shared one. Only those views
 * import it, so a page of form fields carries no query library.
 */
export function MordQueries(props: { children: ReactNode }) {
  const { queryClient } = useMord();
  const outer = useContext(QueryClientContext);
  const [client] = useState(() => queryClient ?? outer ?? sharedClient());
  return <QueryClientProvider client={client}>{props.children}</QueryClientProvider>;
}
