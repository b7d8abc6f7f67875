import { liveQuery } from 'dexie';

/**
 * Calls `onValue` with the query's result now and whenever the data it read changes — in this
 * tab, another tab or the service worker (Dexie's live queries); returns stop.
 */
export function watchQuery<T>(query: () => Promise<T>, onValue: (value: T) => void): () => void {
  const subscription = liveQuery(query).subscribe({ next: onValue, error: () => undefined });
  return () => subscription.unsubscribe();
}
