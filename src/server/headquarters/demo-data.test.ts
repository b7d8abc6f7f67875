import { describe, expect, it } from 'vitest';
import { manualClock } from '../testing/test-support.ts';
import { openHqDb } from './db/hq-db.ts';
import { seedDemoData } from './demo-data.ts';
import { listStores } from './stores.ts';

describe('seedDemoData', () => {
  it('gives the Shibuya Store two registers, and the extra ones asked for', () => {
    const plain = openHqDb(':memory:');
    seedDemoData(plain, { customers: 0, clock: manualClock() });
    expect(listStores(plain).map((s) => s.registers.map((r) => r.id))).toEqual([
      ['S001-R1', 'S001-R2'],
      ['S002-R1'],
    ]);

    const bench = openHqDb(':memory:');
    seedDemoData(bench, { customers: 0, extraRegisters: 3, clock: manualClock() });
    expect(listStores(bench)[0]?.registers.map((r) => r.id)).toEqual([
      'S001-R1',
      'S001-R2',
      'S001-R3',
      'S001-R4',
      'S001-R5',
    ]);
  });
});
