import { searchCustomers } from '../../src/pos/db/customers-repo.ts';
import { openPosDatabase } from '../../src/pos/db/schema.ts';
import { queryTokens } from '../../src/pos/db/search-tokens.ts';

/** Each text's storage search and its limit, timed in turns: ms each. */
export interface SearchInTurns {
  ours: number[];
  raw: number[];
}

/**
 * Item 3's storage search beside its limit under the same conditions: imported into the POS
 * page by the scenario (bench build, fixed name) once the typing is done, so both run in the same
 * page, on the same data, with nothing else running. For each text, the POS's `searchCustomers`
 * (at most `limit` customers) and the raw IndexedDB query of its first word's prefix in the
 * search-token index (at most `limit` rows), the first of the two alternating from text to text.
 */
export async function searchInTurns(
  database: string,
  texts: string[],
  limit: number,
): Promise<SearchInTurns> {
  const db = openPosDatabase(database);
  await db.open();
  const idb = db.backendDB();
  const ours: number[] = [];
  const raw: number[] = [];
  const timeOurs = async (text: string) => {
    const started = performance.now();
    await searchCustomers(db, text, limit);
    ours.push(performance.now() - started);
  };
  const timeRaw = async (prefix: string) => {
    const started = performance.now();
    await new Promise((resolve, reject) => {
      const index = idb.transaction('customers', 'readonly').objectStore('customers');
      const request = index
        .index('searchTokens')
        .getAll(IDBKeyRange.bound(prefix, `${prefix}\uffff`), limit);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
    });
    raw.push(performance.now() - started);
  };
  try {
    for (const [i, text] of texts.entries()) {
      const prefix = queryTokens(text)[0];
      if (prefix === undefined) continue;
      if (i % 2 === 0) {
        await timeOurs(text);
        await timeRaw(prefix);
      } else {
        await timeRaw(prefix);
        await timeOurs(text);
      }
    }
  } finally {
    db.close();
  }
  return { ours, raw };
}
