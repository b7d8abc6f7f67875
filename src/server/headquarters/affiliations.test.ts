import { describe, expect, it } from 'vitest';
import { openHqDb } from './db/hq-db.ts';
import { seedDemoData } from './demo-data.ts';
import { manualClock } from '../testing/test-support.ts';
import { checkAffiliations } from './affiliations.ts';

describe('checkAffiliations', () => {
  const db = openHqDb(':memory:');
  seedDemoData(db, { customers: 0, clock: manualClock() });

  it('accepts no affiliations', () => {
    expect(checkAffiliations(db, [], 'customer.affiliations')).toEqual({});
  });

  it('names each affiliation HQ does not define', () => {
    expect(checkAffiliations(db, ['VIP', 'NOPE'], 'customer.affiliations')).toEqual({
      'customer.affiliations.1': { code: 'unknown-affiliation', values: { id: 'NOPE' } },
    });
  });
});
