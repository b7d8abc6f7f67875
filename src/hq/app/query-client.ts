import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import type { AdminSession } from '../../contract/hq-admin.ts';
import { HqApiError, isUnauthorized } from '../api.ts';
import { sessionKey, signedOutSession } from '../queries.ts';

/**
 * The console's query client. Any call that answers 401 means the session has ended (expired,
 * or signed out in another tab): the console then shows the sign-in screen. A 403
 * `password-change-required` means the default password must be replaced first: the console
 * then shows that screen.
 */
export function createHqQueryClient(): QueryClient {
  const signedOut = (error: unknown) => {
    if (isUnauthorized(error)) client.setQueryData(sessionKey, signedOutSession);
    if (error instanceof HqApiError && error.code === 'password-change-required') {
      const mustChange: AdminSession = { signedIn: true, mustChangePassword: true };
      client.setQueryData(sessionKey, mustChange);
    }
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
