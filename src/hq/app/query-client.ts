import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { HqApiError, isUnauthorized } from '../api.ts';
import { sessionKey } from '../queries.ts';

/**
 * The console's query client. Any call that answers 401 means the session has ended (expired,
 * or signed out in another tab): the console then shows the sign-in screen.
 */
export function createHqQueryClient(): QueryClient {
  const signedOut = (error: unknown) => {
    if (isUnauthorized(error)) client.setQueryData(sessionKey, { signedIn: false });
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: signedOut }),
    mutationCache: new MutationCache({ onError: signedOut }),
    defaultOptions: {
      queries: {
        // A 4xx will not change by asking again; network failures and 5xx may.
        retry: (count, error) =>
          count < 2 && !(error instanceof HqApiError && error.status >= 400 && error.status < 500),
      },
    },
  });
  return client;
}
