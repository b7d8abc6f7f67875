import { describe, expect, it } from 'vitest';
import type { Customer } from '../../contract/customer.ts';
import { configuredDatabase, hqCustomer } from '../test-fixtures.ts';
import { saveHqCustomers, searchCustomers } from './customers-repo.ts';
import type { PosDatabase } from './schema.ts';
import { queryTokens } from './search-tokens.ts';

const person = (i: number, overrides: Partial<Customer>): Customer =>
  hqCustomer({
    accountNumber: `C${String(100_000 + i)}`,
    email: '',
    phone: `03-5555-${String(i).padStart(4, '0')}`,
    ...overrides,
  });

const accounts = async (db: PosDatabase, query: string, limit?: number) =>
  (await searchCustomers(db, query, limit)).map((c) => c.accountNumber);

/**
 * The reference: the search as a Dexie cursor walk over the token index, row by row (how it read
 * before its bulk reads), which the bulk reads must match exactly, order included.
 */
async function cursorWalk(db: PosDatabase, query: string, limit = 50): Promise<string[]> {
  const words = queryTokens(query);
  const [first, ...rest] = words;
  if (first === undefined) throw new Error('The reference covers non-empty queries.');
  const byPrefix = (prefix: string) =>
    db.customers.where('searchTokens').startsWith(prefix).distinct();
  const found = async () => {
    if (rest.length > 0) {
      const byName = await byPrefix(words.join(' ')).limit(limit).toArray();
      if (byName.length === limit) return byName;
    }
    return byPrefix(first)
      .filter((c) => rest.every((word) => c.searchTokens.some((token) => token.startsWith(word))))
      .limit(limit)
      .toArray();
  };
  return (await found()).map((c) => c.accountNumber ?? '');
}

describe('searchCustomers reads the token index in bulk', () => {
  it('keeps the index order and each customer once, though its tokens share the prefix', async () => {
    const db = await configuredDatabase();
    await saveHqCustomers(db, [
      person(1, { firstName: 'Taro', lastName: 'Tanaka' }),
      person(2, { firstName: 'Tatsu', lastName: 'Yamada' }),
      person(3, { firstName: 'Akira', lastName: 'Tabata' }),
    ]);
    // "tabata", "tabata akira" (3); "tanaka", "tanaka taro", "taro", "taro tanaka" (1); "tatsu" (2).
    expect(await accounts(db, 'ta')).toEqual(['C100003', 'C100001', 'C100002']);
    expect(await accounts(db, 'ta', 2)).toEqual(['C100003', 'C100001']);
    expect(await accounts(db, 'ta', 1)).toEqual(['C100003']);
    expect(await accounts(db, 'ta', 0)).toEqual([]);
  });

  it('shows the first 50 of more hits, in the index order', async () => {
    const db = await configuredDatabase();
    // Kenjis and Kentos in turn: "kenji" (odd) before "kenji sato" and "kento" (even).
    await saveHqCustomers(
      db,
      Array.from({ length: 70 }, (_, i) =>
        person(i + 1, { firstName: i % 2 === 0 ? 'Kenji' : 'Kento', lastName: 'Sato' }),
      ),
    );
    const kenjis = Array.from({ length: 35 }, (_, i) => `C${String(100_001 + 2 * i)}`);
    const kentos = Array.from({ length: 15 }, (_, i) => `C${String(100_002 + 2 * i)}`);
    expect(await accounts(db, 'ken')).toEqual([...kenjis, ...kentos]);
    expect(await accounts(db, 'sato ken')).toEqual([...kenjis, ...kentos]);
  });

  it('checks the other words on as many of the first word’s customers as it takes', async () => {
    const db = await configuredDatabase();
    await saveHqCustomers(
      db,
      Array.from({ length: 250 }, (_, i) =>
        person(i + 1, {
          firstName: 'Taro',
          lastName: 'Suzuki',
          ...(i === 75 || i >= 247 ? { phone: `06-7777-${String(i)}` } : {}),
        }),
      ),
    );
    const found = ['C100076', 'C100248', 'C100249', 'C100250'];
    expect(await accounts(db, 'taro 0677')).toEqual(found);
    // The first read (60 entries) holds none: the next one checks from the 61st customer on.
    expect(await accounts(db, 'taro 0677', 30)).toEqual(found);
    expect(await accounts(db, 'taro 0677', 2)).toEqual(found.slice(0, 2));
    expect(await accounts(db, 'suzuki 0355550')).toEqual(
      Array.from({ length: 50 }, (_, i) => `C${String(100_001 + i)}`),
    );
    expect(await accounts(db, 'taro 0899')).toEqual([]);
  });

  it('finds what the cursor walk found, in the same order', async () => {
    const db = await configuredDatabase();
    const firsts = ['Taro', 'Tatsu', 'Kenji', 'Kento', 'Sakura', 'Sota'];
    const lasts = ['Tanaka', 'Sato', 'Suzuki', 'Takeda', 'Kato'];
    await saveHqCustomers(
      db,
      Array.from({ length: 180 }, (_, i) =>
        person(i + 1, {
          firstName: firsts[(i * 7) % firsts.length] ?? '',
          lastName: lasts[(i * 3) % lasts.length] ?? '',
          email: i % 4 === 0 ? `t${String(i)}@example.jp` : '',
        }),
      ),
    );
    const queries = ['t', 'ta', 'tak', 'taro', 'k', 'ken', 's', 'sa', 'sat', '0355', 'c1000'];
    const phrases = ['taro t', 'ta s', 'sato k', 'kenji 03', 'sota 0355550', 's t', 'ka x'];
    for (const query of [...queries, ...phrases]) {
      for (const limit of [1, 7, 50]) {
        expect(await accounts(db, query, limit), `${query} (${String(limit)})`).toEqual(
          await cursorWalk(db, query, limit),
        );
      }
    }
  });
});
