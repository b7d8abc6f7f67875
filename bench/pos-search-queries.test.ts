import { describe, expect, it } from 'vitest';
import { seededRandom } from '../e2e/chaos/random.ts';
import { queryTokens, searchTokens } from '../src/pos/db/search-tokens.ts';
import { searchQueries, type KnownCustomer } from './pos-search-queries.ts';

const customers: KnownCustomer[] = [
  { firstName: 'Haruto', lastName: 'Takahashi', phone: '090-1234-5678', accountNumber: 'C000123' },
  { firstName: 'Emma', lastName: 'Garcia', phone: '090-0001-0002', accountNumber: 'C099999' },
];

describe('searchQueries', () => {
  const queries = searchQueries(customers, 50, seededRandom(7));

  it('makes the asked number of queries, of every kind', () => {
    expect(queries).toHaveLength(50);
    expect(queries.some((q) => /^\d{11}$/.test(q))).toBe(true);
    expect(queries.some((q) => /^C\d{6}$/.test(q))).toBe(true);
    expect(queries.some((q) => q.includes(' '))).toBe(true);
  });

  it('makes queries that find one of the customers, as the register searches', () => {
    for (const query of queries) {
      const found = customers.some((c) => {
        const tokens = searchTokens({ ...c, organizationName: '', email: '' });
        return queryTokens(query).every((word) => tokens.some((t) => t.startsWith(word)));
      });
      expect(found, query).toBe(true);
    }
  });
});
