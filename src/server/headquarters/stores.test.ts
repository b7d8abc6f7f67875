import { describe, expect, it } from 'vitest';
import { openHqDb } from './db/hq-db.ts';
import { demoDefaults, seedDemoData } from './demo-data.ts';
import { manualClock } from '../testing/test-support.ts';
import { listStores, storeDefaults } from './stores.ts';

describe('storeDefaults', () => {
  const db = openHqDb(':memory:');
  seedDemoData(db, { customers: 0, extraRegisters: 3, clock: manualClock() });

  it("gives the values of the store's default customer", () => {
    expect(storeDefaults(db, 'S001')).toEqual(demoDefaults);
  });

  it('is null for a store HQ does not have', () => {
    expect(storeDefaults(db, 'S999')).toBeNull();
  });
});

describe('listStores', () => {
  it('lists registers in number order, 10 after 9', () => {
    const many = openHqDb(':memory:');
    seedDemoData(many, { customers: 0, extraRegisters: 9, clock: manualClock() });
    expect(listStores(many)[0]?.registers.map((r) => r.number)).toEqual(
      Array.from({ length: 11 }, (_, i) => String(i + 1)),
    );
  });
});
