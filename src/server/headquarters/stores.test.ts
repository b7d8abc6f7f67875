import { describe, expect, it } from 'vitest';
import { openHqDb } from '../db/hq-db.ts';
import { demoDefaults, seedDemoData } from '../demo-data.ts';
import { manualClock } from '../test-support.ts';
import { storeDefaults } from './stores.ts';

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
